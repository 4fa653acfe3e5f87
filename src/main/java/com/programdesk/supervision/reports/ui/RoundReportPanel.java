package com.programdesk.supervision.reports.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Downloads;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.domain.RoundReportLine;
import com.programdesk.supervision.reports.service.RoundReportService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The round's report on screen (per institution and totals), with the printable PDF and the Excel file. */
public class RoundReportPanel extends Div {

    final Grid<RoundReportLine> table = new Grid<>(RoundReportLine.class, false);
    final Anchor pdf;
    final Anchor xlsx;

    public RoundReportPanel(RoundReportService reports, long roundId) {
        RoundReport report = reports.report(roundId);
        String total = getTranslation("report.round.totals");
        table.addColumn(l -> l.institutionName() == null ? total : l.institutionName()).setHeader(getTranslation("finding.field.institution"))
                .setFlexGrow(3);
        number("report.round.column.itemsChecked", RoundReportLine::itemsChecked);
        table.addColumn(l -> percent(l.complianceRate())).setHeader(getTranslation("report.round.column.complianceRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (FindingSeverity severity : FindingSeverity.values()) {
            table.addColumn(l -> l.severity(severity)).setHeader(getTranslation(severity.messageKey())).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        }
        for (FindingStatus status : FindingStatus.values()) {
            table.addColumn(l -> l.status(status)).setHeader(getTranslation(status.messageKey())).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        }
        table.addColumn(l -> percent(l.closureRate())).setHeader(getTranslation("report.round.column.closureRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        number("report.round.column.overdue", RoundReportLine::overdue);
        List<RoundReportLine> rows = new ArrayList<>(report.lines());
        rows.add(report.totals());
        table.setItems(rows);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        table.setPartNameGenerator(l -> l.institutionName() == null ? "totals" : null);
        Locale locale = getLocale();
        String fileName = report.title().replaceAll("[\\\\/:*?\"<>|]", "_");
        pdf = new Anchor(Downloads.of(event -> {
            event.setFileName(fileName + ".pdf");
            event.setContentType("application/pdf");
            reports.writePdf(roundId, this::getTranslation, locale, event.getOutputStream());
        }), getTranslation("report.round.pdf"));
        pdf.add(VaadinIcon.FILE_TEXT_O.create());
        xlsx = new Anchor(Downloads.of(event -> {
            event.setFileName(fileName + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            reports.writeXlsx(roundId, this::getTranslation, event.getOutputStream());
        }), getTranslation("report.round.xlsx"));
        xlsx.add(VaadinIcon.FILE_TABLE.create());
        Div downloads = new Div(pdf, xlsx);
        downloads.addClassName("view-toolbar");
        add(new Paragraph(getTranslation("report.round.explain", DateFormats.date(report.asOf(), locale))), downloads, table);
    }

    private void number(String key, java.util.function.ToIntFunction<RoundReportLine> value) {
        table.addColumn(value::applyAsInt).setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate);
    }
}
