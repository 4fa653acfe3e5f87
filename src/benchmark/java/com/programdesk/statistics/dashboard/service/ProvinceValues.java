package com.programdesk.statistics.dashboard.service;

import com.programdesk.institution.domain.InstitutionType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One report's values for the generated province, passing the forms' error rules (pathways add up to the visits,
 * colours and repeat abortions stay within their totals; a split element's cells add up to it). Over the five years
 * the repeat abortion rate falls from
 * about 9‰ to 4‰, long-acting contraception after abortion and awareness rise; February has fewer visits.
 */
final class ProvinceValues {

    private ProvinceValues() {
    }

    /** @param progress 0 in the first month generated, 1 in the last */
    static Map<String, Long> of(String formCode, ProvinceInstitutions.Generated institution, LocalDate period, double progress,
                                SplittableRandom random) {
        return switch (formCode) {
            case "EARLY_PREGNANCY" -> earlyPregnancy(institution, period, progress, random);
            case "BASIC_CONTRACEPTION" -> contraception(institution, random);
            case "AWARENESS_SURVEY" -> awareness(progress, random);
            case "AREA_POPULATION" -> Map.of("WCBA_POPULATION", population(institution, period));
            case ProvinceBenchmarkForm.CODE -> maternalCare(institution, period, progress, random);
            default -> throw new IllegalArgumentException("No generated values for " + formCode);
        };
    }

    private static Map<String, Long> earlyPregnancy(ProvinceInstitutions.Generated institution, LocalDate month, double progress,
                                                    SplittableRandom random) {
        double season = month.getMonthValue() == 2 ? 0.8 : 1 + 0.08 * Math.sin(2 * Math.PI * (month.getMonthValue() - 3) / 12.0);
        long visits = Math.round(institution.size() * 200 * season * (0.85 + 0.3 * random.nextDouble()));
        long abnormal = (long) (visits * (0.10 + 0.04 * random.nextDouble()));
        long terminate = (long) (visits * (0.30 + 0.05 * random.nextDouble()));
        long induced = Math.round(terminate * 0.85);
        long repeat = (long) Math.floor(induced * (9.0 - 5.0 * progress) / 1000.0 + random.nextDouble());
        long orange = (long) (visits * 0.09);
        long red = (long) (visits * 0.035);
        long referrals = institution.type() == InstitutionType.MCH_HOSPITAL ? 0 : Math.round((orange + red) * 0.6);
        Map<String, Long> values = new HashMap<>();
        values.put("EP_VISITS", visits);
        values.put("EP_PATH_ABNORMAL", abnormal);
        values.put("EP_PATH_TERMINATE", terminate);
        values.put("EP_PATH_CONTINUE", visits - abnormal - terminate);
        values.put("RISK_GREEN", (long) (visits * 0.58));
        values.put("RISK_YELLOW", (long) (visits * 0.25));
        values.put("RISK_ORANGE", orange);
        values.put("RISK_RED", red);
        values.put("RISK_PURPLE", visits >= 25 && random.nextInt(100) < 30 ? 1L : 0L);
        values.put("INDUCED_ABORTIONS", induced);
        values.put("REPEAT_ABORTIONS", Math.min(repeat, induced));
        values.put("PAC_COUNSELLING", Math.round(induced * (1.05 + 0.1 * random.nextDouble())));
        values.put("PAC_LARC", Math.min(induced, Math.round(induced * (0.35 + 0.25 * progress + 0.03 * random.nextDouble()))));
        values.put("REFERRALS_MCH", referrals);
        values.put("FOLLOWUPS_CLOSED", referrals + Math.round(visits * 0.05));
        return values;
    }

    /**
     * The benchmark form: registrations and births follow the season, caesarean sections fall from about 45 % to 37 %,
     * township health centres deliver few babies; the "of these" rows stay within their totals (the form's rules).
     */
    private static Map<String, Long> maternalCare(ProvinceInstitutions.Generated institution, LocalDate month, double progress,
                                                  SplittableRandom random) {
        double size = institution.size();
        double season = month.getMonthValue() == 2 ? 0.75 : 1 + 0.06 * Math.sin(2 * Math.PI * (month.getMonthValue() - 4) / 12.0);
        boolean township = institution.type() == InstitutionType.TOWNSHIP_HEALTH_CENTRE;
        long registered = around(size * 90 * season, random);
        long highRisk = Math.round(registered * (0.22 + 0.06 * random.nextDouble()));
        long deliveries = around(size * (township ? 6 : 110) * season, random);
        long liveBirths = deliveries + (long) Math.floor(deliveries * 0.012 + random.nextDouble());
        Map<String, Long> values = new HashMap<>();
        values.put("BENCH_PREG_REGISTERED", registered);
        values.put("BENCH_EARLY_REGISTERED", Math.round(registered * (0.80 + 0.10 * progress + 0.05 * random.nextDouble())));
        values.put("BENCH_PRENATAL_VISITS", around(registered * 6.5, random));
        values.put("BENCH_HIGH_RISK_NEW", highRisk);
        values.put("BENCH_HIGH_RISK_REFERRED", township ? Math.round(highRisk * 0.6) : Math.round(highRisk * 0.1));
        values.put("BENCH_POSTPARTUM_VISITS", around(size * 85 * season, random));
        values.put("BENCH_DELIVERIES", deliveries);
        values.put("BENCH_CAESAREAN", Math.round(deliveries * (0.44 - 0.08 * progress + 0.03 * random.nextDouble())));
        values.put("BENCH_LIVE_BIRTHS", liveBirths);
        values.put("BENCH_LOW_BIRTH_WEIGHT", Math.min(liveBirths, (long) Math.floor(liveBirths * (0.04 + 0.015 * random.nextDouble())
                + random.nextDouble())));
        values.put("BENCH_MATERNAL_DEATHS", random.nextDouble() < deliveries * 0.00007 ? 1L : 0L);
        values.put("BENCH_IUD_INSERTIONS", around(size * 25, random));
        values.put("BENCH_IUD_REMOVALS", around(size * 18, random));
        values.put("BENCH_IMPLANTS", around(size * 4, random));
        values.put("BENCH_TUBAL_LIGATIONS", around(size * 1.5, random));
        values.put("BENCH_VASECTOMIES", (long) Math.floor(size * 0.1 + random.nextDouble()));
        long medical = around(size * 30, random);
        long underTwenty = Math.round(medical * (0.09 - 0.03 * progress + 0.02 * random.nextDouble()));
        long overThirtyFour = Math.round(medical * (0.18 + 0.04 * random.nextDouble()));
        values.put("BENCH_MEDICAL_ABORTIONS", medical);
        values.put("BENCH_MEDICAL_ABORTIONS.AGE_LT20", underTwenty);
        values.put("BENCH_MEDICAL_ABORTIONS.AGE_20_34", medical - underTwenty - overThirtyFour);
        values.put("BENCH_MEDICAL_ABORTIONS.AGE_GE35", overThirtyFour);
        values.put("BENCH_FP_COMPLICATIONS", random.nextDouble() < size * 0.02 ? 1L : 0L);
        values.put("BENCH_PRECONCEPTION_CHECKS", around(size * 60, random));
        values.put("BENCH_FOLIC_ACID", around(size * 70, random));
        return values;
    }

    private static Map<String, Long> contraception(ProvinceInstitutions.Generated institution, SplittableRandom random) {
        double size = institution.size();
        return Map.of("FREE_CONDOMS", around(size * 2000, random), "FREE_ORAL", around(size * 150, random),
                "FREE_IUD", around(size * 22, random), "FREE_EMERGENCY", around(size * 80, random),
                "FREE_TOPICAL", around(size * 30, random), "CONTRACEPTION_COUNSELLING", around(size * 210, random));
    }

    private static Map<String, Long> awareness(double progress, SplittableRandom random) {
        long surveyed = 200 + random.nextInt(100);
        return Map.of("SURVEYED", surveyed, "AWARE", Math.round(surveyed * (0.72 + 0.13 * progress + 0.02 * random.nextDouble())));
    }

    /** Women of childbearing age in the bureau's district, shrinking by half a percent a year. */
    private static long population(ProvinceInstitutions.Generated bureau, LocalDate year) {
        long base = 60_000 + new SplittableRandom(bureau.id()).nextLong(340_000);
        return Math.round(base * Math.pow(0.995, year.getYear() - 2020));
    }

    private static long around(double base, SplittableRandom random) {
        return Math.round(base * (0.9 + 0.2 * random.nextDouble()));
    }
}
