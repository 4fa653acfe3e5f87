package com.programdesk.supervision.findings.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.domain.FindingSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;

/** A lazily loaded list of findings: institution, category and description, severity, due date (overdue), state. */
public class FindingGrid extends Grid<FindingSummary> {

    public FindingGrid(Clock clock, boolean showInstitution, boolean showRound) {
        super(FindingSummary.class, false);
        LocalDate today = LocalDate.now(clock);
        if (showRound) {
            addColumn(FindingSummary::roundTitle).setHeader(getTranslation("finding.field.round")).setFlexGrow(2)
                    .setTooltipGenerator(FindingSummary::roundTitle);
        }
        if (showInstitution) {
            addColumn(FindingSummary::institutionName).setHeader(getTranslation("finding.field.institution")).setFlexGrow(2);
        }
        addColumn(LitRenderer.<FindingSummary>of("<b>${item.category}</b> ${item.description}")
                        .withProperty("category", FindingSummary::category)
                        .withProperty("description", FindingSummary::description))
                .setHeader(getTranslation("finding.field.description")).setFlexGrow(5).setTooltipGenerator(FindingSummary::description);
        addColumn(LitRenderer.<FindingSummary>of("<span theme=\"${item.theme}\">${item.label}</span>")
                        .withProperty("theme", f -> FindingBadges.severityTheme(f.severity()))
                        .withProperty("label", f -> getTranslation(f.severity().messageKey())))
                .setHeader(getTranslation("finding.field.severity")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<FindingSummary>of("<span>${item.due}</span> <span theme=\"badge error small\" ?hidden=${!item.late}>${item.lateLabel}</span>")
                        .withProperty("due", f -> DateFormats.date(f.dueDate(), getLocale()))
                        .withProperty("late", f -> f.isOverdue(today))
                        .withProperty("lateLabel", f -> getTranslation("finding.overdue")))
                .setHeader(getTranslation("finding.field.dueDate")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<FindingSummary>of("<span theme=\"${item.theme}\">${item.label}</span>"
                                + " <span theme=\"badge error small\" ?hidden=${!item.returned}>${item.returnedLabel}</span>")
                        .withProperty("theme", f -> FindingBadges.statusTheme(f.status()))
                        .withProperty("label", f -> getTranslation(f.status().messageKey()))
                        .withProperty("returned", f -> f.returnCount() > 0 && f.status() != FindingStatus.CLOSED)
                        .withProperty("returnedLabel", f -> getTranslation("finding.returnedTimes", f.returnCount())))
                .setHeader(getTranslation("finding.field.status")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("grid.empty"));
        setSizeFull();
    }
}
