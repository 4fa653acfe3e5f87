package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.base.jdbc.MultiRowInsert;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ApprovedValuesChanged;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.domain.StatReportRepository;
import com.programdesk.workflow.service.WorkflowSteps;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that moves a report through draft → submitted → approved / returned and records
 * who, when and why. Approving announces the values to the dashboards ({@link ApprovedValuesChanged},
 * handled in the same transaction); leaving "approved" withdraws them.
 * Every step is counted in the completeness per form and period.
 */
@Component
class ReportWorkflow {

    static final AuditedEntity ENTITY = AuditedEntity.STAT_REPORT;

    private final StatReportRepository reports;
    private final ApplicationEventPublisher events;
    private final StatCompleteness completeness;
    private final WorkflowSteps steps;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;

    ReportWorkflow(StatReportRepository reports, ApplicationEventPublisher events, StatCompleteness completeness, WorkflowSteps steps,
                   CurrentUser currentUser, Clock clock, JdbcClient jdbc, StatisticsCatalog catalog) {
        this.catalog = catalog;
        this.reports = reports;
        this.events = events;
        this.completeness = completeness;
        this.steps = steps;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Stores a new report as a draft, its first step. */
    StatReport start(StatReport report) {
        LocalDateTime now = LocalDateTime.now(clock);
        keepVersion(report);
        report.setStatus(ReportStatus.DRAFT);
        report.setCreatedBy(currentUser.actorName());
        report.setCreatedAt(now);
        report.setUpdatedBy(currentUser.actorName());
        report.setUpdatedAt(now);
        StatReport saved = reports.save(report);
        completeness.created(saved);
        steps.started(ENTITY, saved.getId(), ReportStatus.DRAFT);
        return saved;
    }

    /**
     * Stores many new reports as drafts at once (an import), each with the same first step as
     * {@link #start}, in multi-row inserts; returns their ids in the drafts' order.
     */
    List<Long> startAll(List<StatReport> drafts) {
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = currentUser.actorName();
        List<Object> params = new ArrayList<>(drafts.size() * 10);
        for (StatReport draft : drafts) {
            keepVersion(draft);
            params.addAll(Arrays.asList(draft.getReportFormId(), draft.getFormVersionId(), draft.getInstitutionId(), draft.getPeriodStart(),
                    ReportStatus.DRAFT.name(), draft.getSource().name(), actor, now, actor, now));
        }
        jdbc.sql("""
                INSERT INTO stat_report (report_form_id, form_version_id, institution_id, period_start, status, source,
                                         created_by, created_at, updated_by, updated_at)
                VALUES """ + MultiRowInsert.values(drafts.size(), 10)).params(params).update();
        Map<String, Long> ids = new HashMap<>();
        List<Long> institutions = drafts.stream().map(StatReport::getInstitutionId).distinct().toList();
        LocalDate from = drafts.stream().map(StatReport::getPeriodStart).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = drafts.stream().map(StatReport::getPeriodStart).max(Comparator.naturalOrder()).orElseThrow();
        jdbc.sql("""
                SELECT id, report_form_id, institution_id, period_start FROM stat_report
                WHERE institution_id IN (:institutions) AND period_start BETWEEN :from AND :to""")
                .param("institutions", institutions).param("from", from).param("to", to)
                .query(rs -> {
                    ids.put(rs.getLong("report_form_id") + "/" + rs.getLong("institution_id") + "/" + rs.getObject("period_start", LocalDate.class),
                            rs.getLong("id"));
                });
        List<Long> created = drafts.stream().map(d -> ids.get(d.getReportFormId() + "/" + d.getInstitutionId() + "/" + d.getPeriodStart())).toList();
        steps.startedAll(ENTITY, created, ReportStatus.DRAFT);
        completeness.createdAll(drafts);
        return created;
    }

    /** A new report takes the form's version valid for its period, and keeps it whatever the form becomes. */
    private void keepVersion(StatReport report) {
        if (report.getFormVersionId() == null) {
            catalog.form(report.getReportFormId())
                    .ifPresent(form -> report.setFormVersionId(form.versionFor(report.getPeriodStart()).id()));
        }
    }

    /** One level of a form approved level by level has approved; the report waits for the next. */
    StatReport approveLevel(StatReport current, AreaLevel level, String note) {
        current.setApprovedLevel(level);
        return move(current, ReportStatus.LEVEL_APPROVED, note);
    }

    StatReport move(StatReport current, ReportStatus target, String note) {
        ReportStatus from = WorkflowSteps.check(current.getStatus(), target);
        if (target != ReportStatus.LEVEL_APPROVED) {
            current.setApprovedLevel(null);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (from == ReportStatus.APPROVED) {
            events.publishEvent(ApprovedValuesChanged.withdrawn(current));
            current.setApprovedAt(null);
        }
        current.setStatus(target);
        switch (target) {
            case SUBMITTED -> {
                if (current.getFirstSubmittedAt() == null) {
                    current.setFirstSubmittedAt(now);
                }
                current.setSubmittedAt(now);
                current.setSubmittedBy(currentUser.actorName());
            }
            case RETURNED -> current.setReturnCount(current.getReturnCount() + 1);
            case APPROVED -> current.setApprovedAt(now);
            case DRAFT, LEVEL_APPROVED -> { }
        }
        current.setUpdatedBy(currentUser.actorName());
        current.setUpdatedAt(now);
        StatReport saved = reports.save(current);
        if (target == ReportStatus.APPROVED) {
            events.publishEvent(ApprovedValuesChanged.approved(saved));
        }
        completeness.moved(saved, from);
        steps.moved(ENTITY, saved.getId(), from, target, note);
        return saved;
    }
}
