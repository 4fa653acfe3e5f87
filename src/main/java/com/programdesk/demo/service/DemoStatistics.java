package com.programdesk.demo.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.institution.domain.Institution;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetDirection;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.service.SystemActor;
import com.programdesk.statistics.catalog.domain.CatalogueFileProblem;
import com.programdesk.statistics.catalog.domain.CatalogueImport;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.cataloguefile.service.CatalogueFile;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two years of monthly statistics for the pilot institutions, so the dashboards and targets have
 * something to show: the year before the portal came from the regional platform's export (approved,
 * source IMPORT); the last twelve months were filed in the portal, 市二院 late every month, one month of
 * 市妇保院 returned once, 齐贤分院's last month returned and waiting for its correction, 市妇保院's last
 * early-pregnancy month not filed yet (overdue), 市二院's last month waiting for review. The repeat abortion rate falls from about 9‰ to under 4‰,
 * long-acting contraception after abortion and awareness rise. Values are reproducible (fixed seeds).
 *
 * <p>The seed plans' measures the changelogs do not hold (早孕建卡, 产后避孕落实, 非意愿妊娠 / 未婚 / 非医学需要人流,
 * 药物流产, referrals by kind; 非意愿妊娠流产率, 产后避孕落实率, 药物流产占比) come from the catalogue file
 * {@value #SEED_MEASURES}, imported as the system actor the way a province hands its catalogue to a city; its monthly
 * form 早孕与人流关爱重点指标月报表 is filed, approved, by the early-pregnancy clinics for the same two years, the
 * unintended-pregnancy abortion rate falling from about 30 % to 24 % of the women first seen.
 */
@Component
class DemoStatistics {

    /** Institutions filing the early-pregnancy form, with their size relative to the MCH hospital. */
    private static final Map<String, Double> CLINICS = Map.of("YQ-MCH", 1.0, "SX-MCH", 0.9, "YQ-H2", 0.6, "YQ-HQ-HC", 0.25, "SX-CH-QX", 0.2);
    private static final List<String> CONTRACEPTION = List.of("YQ-MCH", "YQ-H2", "YQ-HQ-HC", "SX-CH-QX");
    /** The catalogue file with the seed plans' missing measures, their monthly form and its rules. */
    static final String SEED_MEASURES = "/demo/catalogue-seed-measures.json";
    static final String CARE_MEASURES_FORM = "CARE_KEY_MEASURES";
    private static final List<String> SURVEYS = List.of("YQ-MCH", "YQ-YSC", "YQ-HQ-HC");
    private static final String LATE = "YQ-H2";
    /** Has not filed last month's early-pregnancy report although it is due: the reminder and the home page say so. */
    private static final String MISSING = "YQ-MCH";
    private static final Map<String, String> FILERS = Map.of("YQ-MCH", "mch.staff", "YQ-H2", "second.staff", "YQ-HQ-HC", "hongqiao.staff",
            "SX-CH-QX", "qixian.staff", "SX-MCH", "sxmch.staff", "YQ-YSC", "youth.staff", "YQ-HB", "coordinator");

    /** Who reviews an institution's reports: the coordinator of its own area. */
    private static final Map<String, String> REVIEWERS = Map.of("YQ-MCH", "coordinator", "YQ-H2", "coordinator", "YQ-HQ-HC", "coordinator",
            "YQ-YSC", "coordinator", "YQ-HB", "coordinator", "SX-CH-QX", "keqiao.coordinator", "SX-MCH", "shaoxing.coordinator");

    /** Who approves for the city when a form is approved level by level. */
    private static final Map<String, String> CITY_REVIEWERS = Map.of("YQ-MCH", "wenzhou.coordinator", "YQ-H2", "wenzhou.coordinator",
            "YQ-HQ-HC", "wenzhou.coordinator", "SX-CH-QX", "shaoxing.coordinator");

    private final StatisticsCatalog catalog;
    private final CatalogueFile catalogueFile;
    private final ReportService reports;
    private final TargetService targets;
    private final DemoActors actors;
    private final JdbcClient jdbc;
    private final Clock clock;
    /** Repeat abortions owed at the falling rate but not yet reported, carried across clinics and months. */
    private double repeatCarry;

    DemoStatistics(StatisticsCatalog catalog, CatalogueFile catalogueFile, ReportService reports, TargetService targets, DemoActors actors,
                   JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.catalogueFile = catalogueFile;
        this.reports = reports;
        this.targets = targets;
        this.actors = actors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(Map<String, Institution> byCode, DemoPrograms.Plans plans) {
        importSeedMeasures();
        // the province's forms, assigned by the administrator across cities
        assign("EARLY_PREGNANCY", byCode, CLINICS.keySet());
        assign(CARE_MEASURES_FORM, byCode, CLINICS.keySet());
        assign("BASIC_CONTRACEPTION", byCode, CONTRACEPTION);
        assign("AWARENESS_SURVEY", byCode, SURVEYS);
        assign("AREA_POPULATION", byCode, List.of("YQ-HB"));
        // the contraception programme's monthly form is approved by the county, then by the city (逐级审核)
        catalog.setApprovalLevels(form("BASIC_CONTRACEPTION").id(), List.of(AreaLevel.COUNTY, AreaLevel.CITY));
        fileTwoYears(byCode);
        actors.as("coordinator", reports::recountCompleteness); // filed today and backdated afterwards: count timeliness from the backdated times
        actors.as("coordinator", () -> reportedTargets(plans.yueqing()));
        // seed 004: 逐年降低早孕女性中的非意愿妊娠流产率，重复流产率控制在5‰以下
        actors.as("keqiao.coordinator", () -> {
            target(plans.keqiao(), "非意愿妊娠流产率", "%", "UNINTENDED_ABORTION_RATE", TargetDirection.FALLING, BigDecimal.ZERO);
            target(plans.keqiao(), "重复流产率", "‰", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5"));
        });
        // two years of approvals would bury the hospitals' bells; what still needs someone stays
        jdbc.sql("DELETE FROM notification WHERE kind = 'REPORT_APPROVED'").update();
    }

    /**
     * Loads {@value #SEED_MEASURES} through the catalogue file's import, as start-up work does (the system actor, so the
     * items belong to the province). Items already there are left as they are, so loading it twice changes nothing; a
     * file the import refuses stops the demo data with its problems.
     */
    private void importSeedMeasures() {
        byte[] file;
        try (InputStream in = DemoStatistics.class.getResourceAsStream(SEED_MEASURES)) {
            if (in == null) {
                throw new IllegalStateException("The demo catalogue file " + SEED_MEASURES + " is missing");
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CatalogueImport imported = SystemActor.call(() -> catalogueFile.importFile(file));
        if (!imported.problems().isEmpty()) {
            throw new IllegalStateException("The demo catalogue file " + SEED_MEASURES + " was refused: " + imported.problems().stream()
                    .map(CatalogueFileProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    private void fileTwoYears(Map<String, Institution> byCode) {
        LocalDate lastMonth = LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
        LocalDate firstMonth = lastMonth.minusMonths(23);
        ReportForm early = form("EARLY_PREGNANCY");
        ReportForm contraception = form("BASIC_CONTRACEPTION");
        ReportForm care = form(CARE_MEASURES_FORM);
        for (LocalDate month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            double progress = month.until(lastMonth).toTotalMonths() / 23.0;
            boolean imported = month.isBefore(lastMonth.minusMonths(11));
            for (String code : List.of("YQ-MCH", "SX-MCH", "YQ-H2", "YQ-HQ-HC", "SX-CH-QX")) {
                Map<String, Long> values = earlyPregnancy(code, month, 1 - progress);
                if (!(month.equals(lastMonth) && code.equals(MISSING))) {
                    file(early, byCode.get(code), month, values, imported, month.equals(lastMonth));
                }
                // filed and approved every month, so the review queue and the overdue reports stay the early-pregnancy form's
                file(care, byCode.get(code), month, careMeasures(code, month, 1 - progress, values), imported, false);
            }
            if (!imported) {
                for (String code : CONTRACEPTION) {
                    file(contraception, byCode.get(code), month, contraception(code, month), false, month.equals(lastMonth));
                }
            }
        }
        ReportForm survey = form("AWARENESS_SURVEY");
        LocalDate lastQuarter = survey.frequency().previous(survey.frequency().periodStartOf(LocalDate.now(clock)));
        for (int back = 7; back >= 0; back--) {
            LocalDate quarter = lastQuarter.minusMonths(3L * back);
            for (String code : SURVEYS) {
                file(survey, byCode.get(code), quarter, awareness(code, quarter, (7 - back) / 7.0), back >= 4, false);
            }
        }
        ReportForm population = form("AREA_POPULATION");
        int lastYear = LocalDate.now(clock).getYear() - 1;
        for (int year = lastYear - 1; year <= lastYear; year++) {
            file(population, byCode.get("YQ-HB"), LocalDate.of(year, 1, 1), Map.of("WCBA_POPULATION", year == lastYear ? 352_400L : 354_700L),
                    false, false);
        }
    }

    private void assign(String formCode, Map<String, Institution> byCode, Collection<String> codes) {
        catalog.assign(form(formCode).id(), codes.stream().map(code -> byCode.get(code).getId()).toList());
    }

    /**
     * Files one report the way it happened: submitted on the 3rd (市二院 on the 8th, after the due day),
     * approved two days later; special cases for the last month.
     */
    private void file(ReportForm form, Institution institution, LocalDate period, Map<String, Long> values, boolean imported, boolean lastMonth) {
        String code = institution.getCode();
        LocalDate due = form.dueDate(period);
        LocalDateTime submittedAt = due.withDayOfMonth(code.equals(LATE) ? due.getDayOfMonth() + 3 : Math.max(1, due.getDayOfMonth() - 2)).atTime(16, 20);
        boolean returnedOnce = code.equals("YQ-MCH") && form.code().equals("EARLY_PREGNANCY") && period.equals(lastMonthOf().minusMonths(3));
        StatReport[] report = new StatReport[1];
        actors.as(FILERS.get(code), () -> {
            ReportEntry entry = reports.open(form.id(), institution.getId(), period);
            report[0] = reports.submit(entry, explained(entry, values));
        });
        if (returnedOnce) {
            actors.as(REVIEWERS.get(code), () -> report[0] = reports.returnReport(report[0], "转诊妇幼保健院例数与转诊单登记不一致，请核对后重新上报"));
            actors.as(FILERS.get(code), () -> {
                ReportEntry entry = reports.open(report[0].getId()).orElseThrow();
                Map<String, Long> corrected = new HashMap<>(values);
                corrected.merge("REFERRALS_MCH", 1L, Long::sum);
                corrected.merge("FOLLOWUPS_CLOSED", 1L, Long::sum);
                report[0] = reports.submit(entry, explained(entry, corrected));
            });
        }
        boolean returnedNow = lastMonth && code.equals("SX-CH-QX") && form.code().equals("EARLY_PREGNANCY");
        boolean waiting = lastMonth && !returnedNow && (code.equals("YQ-MCH") || code.equals(LATE));
        if (returnedNow) {
            actors.as(REVIEWERS.get(code), () -> reports.returnReport(report[0], "五色风险评估人数与区域早孕关爱管理系统不一致，请核对橙色、红色人数"));
        } else if (!waiting) {
            actors.as(REVIEWERS.get(code), () -> report[0] = reports.approve(report[0], null));
            boolean waitsForTheCity = lastMonth && code.equals("YQ-HQ-HC");
            if (report[0].getStatus() == ReportStatus.LEVEL_APPROVED && !waitsForTheCity) {
                actors.as(CITY_REVIEWERS.get(code), () -> report[0] = reports.approve(report[0], null));
            }
        }
        backdate(report[0].getId(), submittedAt, returnedOnce);
        if (imported) {
            jdbc.sql("UPDATE stat_report SET source = 'IMPORT', created_by = 'coordinator' WHERE id = :id").param("id", report[0].getId()).update();
        }
    }

    /** Values as the user types them, with the note a reporter writes when a warning asks for one. */
    private Map<String, ReportCell> explained(ReportEntry entry, Map<String, Long> values) {
        Map<String, ReportCell> cells = new HashMap<>();
        values.forEach((code, value) -> cells.put(code, new ReportCell(value, null)));
        for (RuleViolation warning : reports.check(entry, cells, true)) {
            cells.computeIfPresent(warning.elementCode(), (code, cell) -> new ReportCell(cell.value(), "已核实：本月集中开展专项服务"));
        }
        return cells;
    }

    /**
     * Dates the report's steps back to when they happened: submitted, (returned and resubmitted,) reviewed two days later.
     * Early in a month the last month's reports (the late one most) would be dated after today: their steps then end now.
     */
    private void backdate(long reportId, LocalDateTime submittedAt, boolean returnedOnce) {
        LocalDateTime resubmitted = returnedOnce ? submittedAt.plusDays(2) : submittedAt;
        LocalDateTime reviewed = resubmitted.plusDays(2).withHour(10);
        List<LocalDateTime> times = notAfter(LocalDateTime.now(clock), returnedOnce
                ? List.of(submittedAt.minusHours(3), submittedAt, submittedAt.plusDays(1).withHour(9), resubmitted, reviewed, reviewed.plusDays(1))
                : List.of(submittedAt.minusHours(3), submittedAt, reviewed, reviewed.plusDays(1)));
        int resubmittedAt = returnedOnce ? 3 : 1;
        int reviewedAt = resubmittedAt + 1;
        jdbc.sql("""
                UPDATE stat_report SET created_at = :created, updated_at = :reviewed, first_submitted_at = :submitted, submitted_at = :resubmitted,
                       approved_at = CASE WHEN status = 'APPROVED' THEN :reviewed END
                WHERE id = :id""")
                .param("created", times.getFirst()).param("submitted", times.get(1)).param("resubmitted", times.get(resubmittedAt))
                .param("reviewed", times.get(reviewedAt)).param("id", reportId).update();
        List<Long> steps = jdbc.sql("SELECT id FROM workflow_transition WHERE entity_type = 'StatReport' AND entity_id = :id ORDER BY id")
                .param("id", reportId).query(Long.class).list();
        for (int i = 0; i < steps.size() && i < times.size(); i++) {
            jdbc.sql("UPDATE workflow_transition SET occurred_at = :at WHERE id = :id").param("at", times.get(i)).param("id", steps.get(i)).update();
        }
    }

    /** The times in their order, none after {@code now}: a later one moved to now moves the earlier ones a minute before it. */
    static List<LocalDateTime> notAfter(LocalDateTime now, List<LocalDateTime> times) {
        LocalDateTime[] past = times.toArray(LocalDateTime[]::new);
        LocalDateTime latest = now;
        for (int i = past.length - 1; i >= 0; i--) {
            if (past[i].isAfter(latest)) {
                past[i] = latest;
            }
            latest = past[i].minusMinutes(1);
        }
        return List.of(past);
    }

    /**
     * One month of the early-pregnancy clinic: pathways add up to the visits, five colours stay within
     * them; repeat abortions follow a rate falling from 9‰ to 3.5‰, carried over clinics and months so
     * that whole cases add up to that rate city-wide.
     */
    private Map<String, Long> earlyPregnancy(String code, LocalDate month, double progress) {
        Random random = new Random(code.hashCode() * 31L + month.toEpochDay());
        double size = CLINICS.get(code);
        long visits = Math.round(size * (700 + random.nextInt(120)));
        long abnormal = Math.round(visits * (0.10 + random.nextDouble() * 0.04));
        long terminate = Math.round(visits * (0.30 + random.nextDouble() * 0.05));
        long induced = Math.round(terminate * 0.85);
        repeatCarry += induced * (9.0 - 5.5 * progress) / 1000.0;
        long repeat = (long) Math.floor(repeatCarry);
        repeatCarry -= repeat;
        long orange = Math.round(visits * 0.09);
        long red = Math.round(visits * 0.035);
        long purple = random.nextInt(100) < 30 ? 1 : 0;
        long referrals = code.equals("YQ-MCH") || code.equals("SX-MCH") ? 0 : Math.round((orange + red) * 0.6);
        Map<String, Long> values = new HashMap<>();
        values.put("EP_VISITS", visits);
        values.put("EP_PATH_ABNORMAL", abnormal);
        values.put("EP_PATH_TERMINATE", terminate);
        values.put("EP_PATH_CONTINUE", visits - abnormal - terminate);
        values.put("RISK_GREEN", Math.round(visits * 0.58));
        values.put("RISK_YELLOW", Math.round(visits * 0.25));
        values.put("RISK_ORANGE", orange);
        values.put("RISK_RED", red);
        values.put("RISK_PURPLE", purple);
        values.put("INDUCED_ABORTIONS", induced);
        values.put("REPEAT_ABORTIONS", repeat);
        values.put("PAC_COUNSELLING", Math.round(induced * (1.05 + random.nextDouble() * 0.1)));
        values.put("PAC_LARC", Math.round(induced * (0.35 + 0.2 * progress + random.nextDouble() * 0.03)));
        values.put("REFERRALS_MCH", referrals);
        values.put("FOLLOWUPS_CLOSED", referrals + Math.round(visits * 0.05));
        return values;
    }

    /**
     * The same clinic's month in the seed plans' measures, consistent with its early-pregnancy figures: about two
     * thirds of the visits are women seen for the first time, the continuing pathway registers, abortions split by
     * reason (the unintended-pregnancy abortions by 人流原因, about a third each for work or money, no contraception,
     * a quarter for failed contraception); the unintended-pregnancy abortion rate falls from about 30 % to 24 % of the first visits, postpartum
     * contraception rises from 55 % to 75 % of deliveries, medical abortions from 38 % to 48 %. The MCH hospitals are
     * where the others refer to, so they refer nobody.
     */
    private static Map<String, Long> careMeasures(String code, LocalDate month, double progress, Map<String, Long> early) {
        Random random = new Random(code.hashCode() * 37L + month.toEpochDay());
        double size = CLINICS.get(code);
        long induced = early.get("INDUCED_ABORTIONS");
        long firstVisits = Math.round(early.get("EP_VISITS") * (0.62 + random.nextDouble() * 0.04));
        long deliveries = Math.round(size * (240 + random.nextInt(50)));
        boolean refers = !code.equals("YQ-MCH") && !code.equals("SX-MCH");
        Map<String, Long> values = new HashMap<>();
        values.put("EP_FIRST_VISITS", firstVisits);
        values.put("EP_REGISTERED", Math.min(firstVisits, Math.round(early.get("EP_PATH_CONTINUE") * (0.85 + random.nextDouble() * 0.1))));
        values.put("DELIVERIES", deliveries);
        values.put("POSTPARTUM_CONTRACEPTION", Math.round(deliveries * (0.55 + 0.2 * progress + random.nextDouble() * 0.03)));
        values.put("UNINTENDED_ABORTIONS", Math.min(induced, Math.round(firstVisits * (0.30 - 0.06 * progress + random.nextDouble() * 0.01))));
        values.put("UNMARRIED_ABORTIONS", Math.round(induced * (0.22 - 0.04 * progress + random.nextDouble() * 0.02)));
        values.put("NON_MEDICAL_ABORTIONS", Math.round(induced * (0.55 - 0.08 * progress + random.nextDouble() * 0.03)));
        values.put("MEDICAL_ABORTIONS", Math.round(induced * (0.38 + 0.1 * progress + random.nextDouble() * 0.03)));
        values.put("REFERRALS_DRUG_GENETIC", refers ? Math.round(induced * 0.02) + random.nextInt(2) : 0L);
        values.put("REFERRALS_ENDOMETRIUM", refers ? Math.round(induced * 0.03) + random.nextInt(2) : 0L);
        values.put("REFERRALS_HIGH_RISK", early.get("REFERRALS_MCH"));
        // 人流原因: the unintended-pregnancy abortions by reason, whose sum is the count (the cells are what is entered)
        long unintended = values.get("UNINTENDED_ABORTIONS");
        long workEconomy = Math.round(unintended * (0.34 + random.nextDouble() * 0.04));
        long failed = Math.round(unintended * (0.24 + random.nextDouble() * 0.03));
        long none = Math.min(unintended - workEconomy - failed, Math.round(unintended * (0.30 + random.nextDouble() * 0.03)));
        values.put("UNINTENDED_ABORTIONS.WORK_ECONOMY", workEconomy);
        values.put("UNINTENDED_ABORTIONS.CONTRACEPTION_FAILED", failed);
        values.put("UNINTENDED_ABORTIONS.NO_CONTRACEPTION", none);
        values.put("UNINTENDED_ABORTIONS.OTHER", unintended - workEconomy - failed - none);
        return values;
    }

    private static Map<String, Long> contraception(String code, LocalDate month) {
        Random random = new Random(code.hashCode() * 17L + month.toEpochDay());
        double size = CLINICS.get(code);
        Function<Integer, Long> around = base -> Math.round(size * base * (0.9 + random.nextDouble() * 0.2));
        return Map.of("FREE_CONDOMS", around.apply(2000), "FREE_ORAL", around.apply(150), "FREE_IUD", around.apply(22),
                "FREE_EMERGENCY", around.apply(80), "FREE_TOPICAL", around.apply(30), "CONTRACEPTION_COUNSELLING", around.apply(210));
    }

    /** Quarterly survey: awareness rising from about 72 % to 85 %. */
    private static Map<String, Long> awareness(String code, LocalDate quarter, double progress) {
        Random random = new Random(code.hashCode() * 13L + quarter.toEpochDay());
        long surveyed = 200 + random.nextInt(100);
        return Map.of("SURVEYED", surveyed, "AWARE", Math.round(surveyed * (0.72 + 0.13 * progress + random.nextDouble() * 0.02)));
    }

    /** The current plan's targets read from the reports (seed 000: 重复流产率 < 5‰, 人工流产率 falling, 知晓率 and 长效避孕落实率 rising). */
    private void reportedTargets(Program plan) {
        target(plan, "重复流产率", "‰", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5"));
        target(plan, "人工流产率", "‰", "INDUCED_ABORTION_RATE", TargetDirection.FALLING, BigDecimal.ZERO);
        target(plan, "生殖健康知识知晓率", "%", "AWARENESS_RATE", TargetDirection.RISING, BigDecimal.ZERO);
        target(plan, "流产后长效避孕落实率", "%", "PAC_LARC_RATE", TargetDirection.RISING, BigDecimal.ZERO);
    }

    private void target(Program plan, String name, String unit, String indicatorCode, TargetDirection direction, BigDecimal value) {
        Target target = new Target(plan.getId(), name, unit, TargetMeasure.REPORTED_INDICATOR, value);
        target.setDirection(direction);
        target.setIndicatorId(catalog.indicatorByCode(indicatorCode).orElseThrow().id());
        targets.save(target);
    }

    private LocalDate lastMonthOf() {
        return LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
    }

    private ReportForm form(String code) {
        return catalog.formByCode(code).orElseThrow();
    }
}
