package com.programdesk.program.targets.domain;

import java.util.List;

/**
 * The indicators a {@link TargetMeasure#REPORTED_INDICATOR} target can name. Programs own this
 * interface; the statistics catalog implements it, so programs never depend on statistics.
 */
public interface ReportedIndicators {

    List<ReportedIndicator> all();
}
