package com.programdesk.statistics.catalog.service;

import com.programdesk.program.targets.domain.ReportedIndicator;
import com.programdesk.program.targets.domain.ReportedIndicators;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Indicator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The catalog's indicators for the target editor: ‰ or % for rates, the counted element's unit (例, 人次) for counts. */
@Component
class CatalogReportedIndicators implements ReportedIndicators {

    private final StatisticsCatalog catalog;

    CatalogReportedIndicators(StatisticsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<ReportedIndicator> all() {
        Map<Long, DataElement> elements = catalog.elements().stream().collect(Collectors.toMap(DataElement::id, Function.identity()));
        return catalog.indicators().stream().map(i -> of(i, i.countedElementId().map(elements::get).orElse(null))).toList();
    }

    private static ReportedIndicator of(Indicator indicator, DataElement counted) {
        String symbol = indicator.unitSymbol();
        if (!symbol.isEmpty() || counted == null) {
            return new ReportedIndicator(indicator.id(), indicator.nameZh(), indicator.nameEn(), symbol, symbol);
        }
        return new ReportedIndicator(indicator.id(), indicator.nameZh(), indicator.nameEn(), counted.unitZh(), counted.unitEn());
    }
}
