package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.ApprovalLevels;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Approval level by level (DHIS2 data approval): a form's levels are approved bottom up; a reviewer
 * approves every level still open up to their own (a city reviewer approving a report its county
 * has not approved approves both); a reviewer below the next open level cannot approve. Unbound
 * reviewers act for the whole installation and approve all open levels at once.
 */
@Component
class LevelApproval {

    /** Where an approval takes the report: approved, or approved up to {@code level}. */
    record Step(ReportStatus status, @Nullable AreaLevel level) {
    }

    private final CurrentUser currentUser;
    private final AreaService areas;

    LevelApproval(CurrentUser currentUser, AreaService areas) {
        this.currentUser = currentUser;
        this.areas = areas;
    }

    Step next(ReportForm form, StatReport report) {
        if (!form.approvedByLevels()) {
            return new Step(ReportStatus.APPROVED, null);
        }
        List<AreaLevel> open = open(form, report);
        AreaLevel reviewer = reviewerLevel();
        if (reviewer == null) {
            return new Step(ReportStatus.APPROVED, null);
        }
        if (open.isEmpty() || ApprovalLevels.isAbove(open.getFirst(), reviewer)) {
            boolean ownLevelDone = report.getApprovedLevel() != null && !ApprovalLevels.isAbove(reviewer, report.getApprovedLevel());
            throw new InvalidFieldException("status", ownLevelDone ? "statistics.error.approvalWaitsForLevelAbove" : "statistics.error.approvalNotYourLevel");
        }
        AreaLevel reached = open.stream().filter(level -> !ApprovalLevels.isAbove(level, reviewer)).reduce((a, b) -> b).orElseThrow();
        return reached == form.approvalLevels().getLast() ? new Step(ReportStatus.APPROVED, null) : new Step(ReportStatus.LEVEL_APPROVED, reached);
    }

    boolean allows(ReportForm form, StatReport report) {
        try {
            next(form, report);
            return true;
        } catch (InvalidFieldException refused) {
            return false;
        }
    }

    /** The levels not yet approved, bottom up. */
    private static List<AreaLevel> open(ReportForm form, StatReport report) {
        List<AreaLevel> levels = form.approvalLevels();
        int done = report.getApprovedLevel() == null ? 0 : levels.indexOf(report.getApprovedLevel()) + 1;
        return levels.subList(done, levels.size());
    }

    /** The level of the reviewer's area; null for a reviewer bound to no area. */
    private @Nullable AreaLevel reviewerLevel() {
        AuthenticatedUser user = currentUser.require();
        return user.areaId() == null ? null : areas.summary(user.areaId()).map(AreaSummary::level).orElse(null);
    }
}
