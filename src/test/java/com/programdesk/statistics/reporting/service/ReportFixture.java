package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.service.AreaService;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files early-pregnancy months through the real report workflow, as the bureau does for an
 * institution: open, submit, approve (or leave them drafts, submitted or returned). Tests use
 * institutions of their own and months in 2019–2020, which nothing else reports. Their hospitals lie
 * in a township of the tests' own below 乐清市 (330382901000 测试统计街道), within the demo coordinator's area,
 * so that the township's figures are exactly theirs.
 */
@Component
public class ReportFixture {

    public static final String EARLY_PREGNANCY = "EARLY_PREGNANCY";
    /** The township of the dashboard tests' hospitals, below 乐清市. */
    public static final String TOWNSHIP = "330382901000";
    /** The township of the reported-target tests' hospital, below 乐清市. */
    public static final String TARGET_TOWNSHIP = "330382902000";
    private static final String YUEQING = "330382";

    public final ReportService reports;
    public final StatisticsCatalog catalog;
    public final DemoUsers demoUsers;
    public final JdbcClient jdbc;
    private final InstitutionService institutions;
    private final AreaService areas;
    private final TestData testData;

    ReportFixture(ReportService reports, StatisticsCatalog catalog, DemoUsers demoUsers, JdbcClient jdbc, InstitutionService institutions,
                  AreaService areas, TestData testData) {
        this.reports = reports;
        this.catalog = catalog;
        this.demoUsers = demoUsers;
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.areas = areas;
        this.testData = testData;
    }

    /** A hospital of the test's own in 测试统计街道 that files the early-pregnancy form; created once per test run. */
    public long hospital(String code, String name) {
        return hospital(code, name, township(TOWNSHIP, "测试统计街道"));
    }

    /** A hospital of the test's own in the given area that files the early-pregnancy form; created once per test run. */
    public long hospital(String code, String name, long areaId) {
        long id = testData.findInstitutionId(code).orElseGet(() -> demoUsers.as("admin", () -> {
            Institution institution = new Institution(name, code, InstitutionType.GENERAL_HOSPITAL);
            institution.setAreaId(areaId);
            return institutions.save(institution).getId();
        }));
        assign(id);
        return id;
    }

    /** A township of the tests' own below 乐清市; created once per test run. */
    public long township(String code, String name) {
        return area(code, AreaLevel.TOWNSHIP, name, testData.areaId(YUEQING));
    }

    /** An area of the tests' own; created once per test run. */
    public long area(String code, AreaLevel level, String name, long parentId) {
        return testData.findAreaId(code).orElseGet(() -> demoUsers.as("admin",
                () -> areas.save(new Area(code, level, name, null, parentId)).getId()));
    }

    /**
     * 测试甲医院 (T-DASH-A) and 测试乙医院 (T-DASH-B) with January and February 2019: A approved
     * 2 of 40 and 6 of 50 repeat abortions, B approved 8 of 60 in January and only submitted February.
     */
    public List<Long> twoHospitalsWithJanuaryAndFebruary2019() {
        long a = hospital("T-DASH-A", "测试甲医院");
        long b = hospital("T-DASH-B", "测试乙医院");
        if (jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE institution_id = :a").param("a", a).query(Integer.class).single() == 0) {
            LocalDate january = LocalDate.of(2019, 1, 1);
            approved(a, january, 40, 2, 20);
            approved(a, january.plusMonths(1), 50, 6, 10);
            approved(b, january, 60, 8, 30);
            submitted(b, january.plusMonths(1), 100, 50, 0);
        }
        return List.of(a, b);
    }

    public long institutionId(String code) {
        return testData.institutionId(code);
    }

    /** The institution files the early-pregnancy form (set by the administrator: the tests' institutions lie in several areas). */
    public void assign(long institutionId) {
        demoUsers.as("admin", () -> {
            ReportForm form = form();
            Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
            if (assigned.add(institutionId)) {
                catalog.assign(form.id(), assigned);
            }
        });
    }

    /** The institution no longer files the early-pregnancy form; its reports stay. */
    public void unassign(long institutionId) {
        demoUsers.as("admin", () -> {
            ReportForm form = form();
            Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
            if (assigned.remove(institutionId)) {
                catalog.assign(form.id(), assigned);
            }
        });
    }

    public ReportForm form() {
        return demoUsers.as("coordinator", () -> catalog.formByCode(EARLY_PREGNANCY).orElseThrow());
    }

    public Indicator indicator(String code) {
        return demoUsers.as("coordinator", () -> catalog.indicatorByCode(code).orElseThrow());
    }

    /** An approved month with these abortions, repeat abortions and long-acting contraception after abortion. */
    public StatReport approved(long institutionId, LocalDate month, long induced, long repeat, long larc) {
        return approved("coordinator", institutionId, month, induced, repeat, larc);
    }

    /** The same, filed and approved by a coordinator of the institution's area. */
    public StatReport approved(String coordinator, long institutionId, LocalDate month, long induced, long repeat, long larc) {
        StatReport submitted = submitted(coordinator, institutionId, month, induced, repeat, larc);
        return demoUsers.as(coordinator, () -> reports.approve(submitted, null));
    }

    public StatReport submitted(long institutionId, LocalDate month, long induced, long repeat, long larc) {
        return submitted("coordinator", institutionId, month, induced, repeat, larc);
    }

    public StatReport submitted(String coordinator, long institutionId, LocalDate month, long induced, long repeat, long larc) {
        return demoUsers.as(coordinator, () -> {
            ReportEntry entry = reports.open(form().id(), institutionId, month);
            return reports.submit(entry, cells(induced, repeat, larc));
        });
    }

    public StatReport draft(long institutionId, LocalDate month, long induced, long repeat, long larc) {
        return demoUsers.as("coordinator", () -> {
            ReportEntry entry = reports.open(form().id(), institutionId, month);
            return reports.saveDraft(entry, cells(induced, repeat, larc));
        });
    }

    public StatReport returned(long institutionId, LocalDate month, long induced, long repeat, long larc) {
        StatReport submitted = submitted(institutionId, month, induced, repeat, larc);
        return demoUsers.as("coordinator", () -> reports.returnReport(submitted, "请核对"));
    }

    /** Dates the first submission as if it had been made back then (timeliness is judged by it). */
    public void firstSubmittedOn(StatReport report, LocalDate day) {
        jdbc.sql("UPDATE stat_report SET first_submitted_at = :at WHERE id = :id")
                .param("at", LocalDateTime.of(day, LocalTime.NOON)).param("id", report.getId()).update();
    }

    /** A valid month: the pathways add up to the visits; every value explained, so no jump warning blocks it. */
    public Map<String, ReportCell> cells(long induced, long repeat, long larc) {
        Map<String, ReportCell> cells = new HashMap<>();
        form().elements().forEach(row -> cells.put(row.element().code(), cell(0)));
        cells.put("EP_VISITS", cell(100 + induced));
        cells.put("EP_PATH_CONTINUE", cell(100));
        cells.put("EP_PATH_TERMINATE", cell(induced));
        cells.put("INDUCED_ABORTIONS", cell(induced));
        cells.put("REPEAT_ABORTIONS", cell(repeat));
        cells.put("PAC_LARC", cell(larc));
        cells.put("PAC_COUNSELLING", cell(induced));
        return cells;
    }

    private static ReportCell cell(long value) {
        return new ReportCell(value, "测试数据");
    }
}
