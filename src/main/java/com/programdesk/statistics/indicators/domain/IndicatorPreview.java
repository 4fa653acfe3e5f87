package com.programdesk.statistics.indicators.domain;

import com.programdesk.statistics.catalog.domain.Indicator;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Computes an indicator (saved or still being edited) for an area and the period that holds a day, the way the
 * dashboard does; the dashboard implements it (the catalogue comes before the dashboard, so it only knows this).
 */
public interface IndicatorPreview {

    PreviewFigure preview(@Nullable Long areaId, Indicator indicator, LocalDate day);
}
