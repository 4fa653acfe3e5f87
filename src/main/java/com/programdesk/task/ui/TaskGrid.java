package com.programdesk.task.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.task.domain.TaskSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A lazily loaded list of tasks with lead institution, deadline badge, state and progress. */
class TaskGrid extends Grid<TaskSummary> {

    private final InstitutionService institutions;
    /** Names of the institutions on the pages fetched so far (institution names are not restricted). */
    private final Map<Long, String> names = new HashMap<>();

    TaskGrid(InstitutionService institutions, Clock clock, Function<TaskSummary, String> leadLabel) {
        super(TaskSummary.class, false);
        this.institutions = institutions;
        LocalDate today = LocalDate.now(clock);
        // the title keeps a readable width on a phone: the grid then scrolls sideways inside itself, the title staying put
        addColumn(TaskSummary::title).setHeader(getTranslation("task.field.title")).setWidth("11rem").setFlexGrow(4).setFrozen(true)
                .setTooltipGenerator(TaskSummary::title);
        addColumn(t -> leadLabel != null && t.leadInstitutionId() == null ? leadLabel.apply(t) : names.getOrDefault(t.leadInstitutionId(), ""))
                .setHeader(getTranslation("task.field.lead")).setWidth("8rem").setFlexGrow(2);
        addColumn(LitRenderer.<TaskSummary>of("<span>${item.due}</span> <span theme=\"badge error small\" ?hidden=${!item.late}>${item.lateLabel}</span>"
                        + "<span theme=\"badge small\" ?hidden=${!item.soon}>${item.soonLabel}</span>")
                .withProperty("due", t -> DateFormats.date(t.dueDate(), getLocale()))
                .withProperty("late", t -> "task.overdue".equals(TaskBadges.deadlineKey(t, today)))
                .withProperty("soon", t -> "task.dueSoon".equals(TaskBadges.deadlineKey(t, today)))
                .withProperty("lateLabel", t -> getTranslation("task.overdue"))
                .withProperty("soonLabel", t -> getTranslation("task.dueSoon")))
                .setHeader(getTranslation("task.field.dueDate")).setWidth("8rem").setFlexGrow(2);
        addColumn(LitRenderer.<TaskSummary>of("<span theme=\"${item.theme}\">${item.label}</span>")
                .withProperty("theme", t -> TaskBadges.statusTheme(t.status()))
                .withProperty("label", t -> t.leadInstitutionId() == null ? getTranslation("task.group") : getTranslation(t.status().messageKey())))
                .setHeader(getTranslation("task.field.status")).setAutoWidth(true).setFlexGrow(0);
        addColumn(t -> getTranslation(t.priority().messageKey())).setHeader(getTranslation("task.field.priority")).setAutoWidth(true).setFlexGrow(0);
        addColumn(t -> t.progressPercent() + "%").setHeader(getTranslation("task.field.progress")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("grid.empty"));
        setSizeFull();
    }

    /** Looks up the names of one fetched page's institutions with one query. */
    List<TaskSummary> withNames(List<TaskSummary> page) {
        List<Long> missing = page.stream().map(TaskSummary::leadInstitutionId).filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            institutions.summariesOf(missing).forEach(s -> names.put(s.id(), s.shortName() != null ? s.shortName() : s.nameZh()));
        }
        return page;
    }
}
