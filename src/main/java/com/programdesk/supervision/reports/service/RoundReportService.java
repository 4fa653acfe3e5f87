package com.programdesk.supervision.reports.service;

import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.domain.RoundReportLine;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.service.RoundService;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's report: per institution in scope, what was checked, how compliant it was and where its
 * findings stand. A user bound to an area reads the report of a round it sees, with the lines of the
 * institutions it reaches.
 */
@Service
@Transactional(readOnly = true)
public class RoundReportService {

    private final RoundService rounds;
    private final RoundReportDocuments documents;
    private final ProgramService programs;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final com.programdesk.expertise.service.ExpertiseService expertise;

    RoundReportService(RoundService rounds, RoundReportDocuments documents, ProgramService programs, JdbcClient jdbc,
                       CurrentUser currentUser, Clock clock, com.programdesk.expertise.service.ExpertiseService expertise) {
        this.expertise = expertise;
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.documents = documents;
        this.programs = programs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(RoundService.READERS)
    public RoundReport report(long roundId) {
        SupervisionRound round = rounds.require(roundId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        // a program's experts read the whole round, beyond their area
        List<Long> reach = expertise.isExpertOf(round.getProgramId()) ? null : reach();
        jdbc.sql("""
                SELECT i.id, i.name_zh FROM round_institution ri JOIN institution i ON i.id = ri.institution_id
                WHERE ri.supervision_round_id = :round AND (:all OR ri.institution_id IN (:reach)) ORDER BY i.code, i.id""")
                .param("round", roundId).param("all", reach == null).param("reach", reachOrNone(reach))
                .query((rs, n) -> tallies.put(rs.getLong(1), new Tally(rs.getString(2)))).list();
        jdbc.sql("""
                SELECT v.institution_id, vr.result, COUNT(*) FROM visit v JOIN visit_result vr ON vr.visit_id = v.id
                WHERE v.supervision_round_id = :round AND (:all OR v.institution_id IN (:reach)) GROUP BY v.institution_id, vr.result""")
                .param("round", roundId).param("all", reach == null).param("reach", reachOrNone(reach))
                .query((rs, n) -> tallyOf(tallies, rs.getLong(1)).items.merge(ItemResult.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum))
                .list();
        jdbc.sql("""
                SELECT f.institution_id, f.severity, f.status, COUNT(*), COALESCE(SUM(f.status <> 'CLOSED' AND f.due_date < :today), 0)
                FROM finding f WHERE f.supervision_round_id = :round AND (:all OR f.institution_id IN (:reach))
                GROUP BY f.institution_id, f.severity, f.status""")
                .param("today", today).param("round", roundId).param("all", reach == null).param("reach", reachOrNone(reach))
                .query((rs, n) -> {
                    Tally tally = tallyOf(tallies, rs.getLong(1));
                    tally.bySeverity.merge(FindingSeverity.valueOf(rs.getString(2)), rs.getInt(4), Integer::sum);
                    tally.byStatus.merge(FindingStatus.valueOf(rs.getString(3)), rs.getInt(4), Integer::sum);
                    tally.overdue += rs.getInt(5);
                    return tally;
                }).list();
        List<RoundReportLine> lines = new ArrayList<>();
        Tally totals = new Tally(null);
        for (Tally tally : tallies.values()) {
            lines.add(tally.line());
            totals.add(tally);
        }
        String programName = programs.find(round.getProgramId()).map(p -> p.getTitle()).orElse("");
        return new RoundReport(round.getId(), round.getTitle(), programName, round.getStartsOn(), round.getEndsOn(), round.getStatus(),
                lines, totals.line(), today);
    }

    /** The report as an A4 PDF with the Chinese font embedded, for printing. */
    @PreAuthorize(RoundService.READERS)
    public void writePdf(long roundId, Function<String, String> labels, Locale locale, OutputStream out) {
        documents.writePdf(report(roundId), findings(roundId), labels, locale, out);
    }

    /** The round's findings themselves, by institution and severity, for the printed report. */
    private List<com.programdesk.supervision.reports.domain.RoundReportFinding> findings(long roundId) {
        List<Long> reach = reach();
        return jdbc.sql("""
                SELECT i.name_zh, f.category, f.severity, f.description, f.required_correction, f.due_date, f.status
                FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE f.supervision_round_id = :round AND (:all OR f.institution_id IN (:reach))
                ORDER BY i.code, i.id, FIELD(f.severity, 'CRITICAL', 'MAJOR', 'MINOR'), f.id""")
                .param("round", roundId).param("all", reach == null).param("reach", reachOrNone(reach))
                .query((rs, n) -> new com.programdesk.supervision.reports.domain.RoundReportFinding(rs.getString(1), rs.getString(2),
                        FindingSeverity.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), FindingStatus.valueOf(rs.getString(7))))
                .list();
    }

    @PreAuthorize(RoundService.READERS)
    public void writeXlsx(long roundId, Function<String, String> labels, OutputStream out) {
        documents.writeXlsx(report(roundId), labels, out);
    }

    /** The institutions whose lines the user reads; null for all. */
    private List<Long> reach() {
        return currentUser.restriction(null);
    }

    private static List<Long> reachOrNone(List<Long> reach) {
        return reach == null ? List.of(-1L) : reach;
    }

    /** Findings recorded for institutions later taken out of scope still count, under their own line. */
    private Tally tallyOf(Map<Long, Tally> tallies, long institutionId) {
        return tallies.computeIfAbsent(institutionId, id -> new Tally(jdbc.sql("SELECT name_zh FROM institution WHERE id = ?")
                .param(id).query(String.class).single()));
    }

    private static final class Tally {
        private final String name;
        private final Map<ItemResult, Integer> items = new EnumMap<>(ItemResult.class);
        private final Map<FindingSeverity, Integer> bySeverity = new EnumMap<>(FindingSeverity.class);
        private final Map<FindingStatus, Integer> byStatus = new EnumMap<>(FindingStatus.class);
        private int overdue;

        Tally(String name) {
            this.name = name;
        }

        void add(Tally other) {
            other.items.forEach((k, v) -> items.merge(k, v, Integer::sum));
            other.bySeverity.forEach((k, v) -> bySeverity.merge(k, v, Integer::sum));
            other.byStatus.forEach((k, v) -> byStatus.merge(k, v, Integer::sum));
            overdue += other.overdue;
        }

        RoundReportLine line() {
            int compliant = items.getOrDefault(ItemResult.COMPLIANT, 0);
            int partly = items.getOrDefault(ItemResult.PARTLY, 0);
            int nonCompliant = items.getOrDefault(ItemResult.NON_COMPLIANT, 0);
            int findings = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            return new RoundReportLine(name, compliant + partly + nonCompliant, compliant, partly, nonCompliant, bySeverity, byStatus,
                    findings, byStatus.getOrDefault(FindingStatus.CLOSED, 0), overdue);
        }
    }
}
