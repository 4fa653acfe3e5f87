package com.programdesk.statistics.dashboard.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A benchmark-only monthly form, 孕产妇保健和计划生育服务综合月报 (codes {@code BENCH_*}), with the 20 data elements a
 * province's maternal-care and family-planning return typically asks for. The seeded catalog has 21 monthly elements;
 * with this form every institution-month of the generated province has 41 values, about 7 million in five years, the
 * size the issue asks for. It is created only in the scale database by the generator, never by Liquibase or the demo
 * data, and its name says so.
 */
final class ProvinceBenchmarkForm {

    static final String CODE = "BENCH_MCH_FP";
    /** The disaggregated element (issue 17, "Scale"): medical abortions split by the seeded age groups. */
    static final String SPLIT_ELEMENT = "BENCH_MEDICAL_ABORTIONS";
    static final List<String> AGE_GROUPS = List.of("AGE_LT20", "AGE_20_34", "AGE_GE35");
    /** An indicator over one of its cells, so the dashboards' reads are timed on a disaggregated element too. */
    static final String CELL_INDICATOR = "BENCH_MEDICAL_ABORTIONS_UNDER20_SHARE";

    private record Element(String code, String nameZh, String nameEn, String unitZh, String unitEn, String sectionZh, String sectionEn) {
    }

    private record Rule(String code, String left, String right, String messageZh, String messageEn) {
    }

    private static final String MATERNAL_ZH = "孕产妇保健";
    private static final String MATERNAL_EN = "Maternal care";
    private static final String BIRTHS_ZH = "住院分娩";
    private static final String BIRTHS_EN = "Hospital deliveries";
    private static final String PROCEDURES_ZH = "计划生育技术服务";
    private static final String PROCEDURES_EN = "Family-planning procedures";
    private static final String PRECONCEPTION_ZH = "孕前优生";
    private static final String PRECONCEPTION_EN = "Pre-pregnancy care";

    private static final List<Element> ELEMENTS = List.of(
            new Element("BENCH_PREG_REGISTERED", "孕产妇建册人数", "Pregnant women registered", "人", "women", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_EARLY_REGISTERED", "其中孕13周前建册人数", "Of these, registered before week 13", "人", "women", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_PRENATAL_VISITS", "产前检查人次", "Prenatal check-ups", "人次", "visits", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_HIGH_RISK_NEW", "新增高危孕产妇人数", "New high-risk pregnancies", "人", "women", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_HIGH_RISK_REFERRED", "其中转诊人数", "Of these, referred", "人", "women", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_POSTPARTUM_VISITS", "产后访视人数", "Postpartum home visits", "人", "women", MATERNAL_ZH, MATERNAL_EN),
            new Element("BENCH_DELIVERIES", "住院分娩人数", "Hospital deliveries", "人", "women", BIRTHS_ZH, BIRTHS_EN),
            new Element("BENCH_CAESAREAN", "其中剖宫产人数", "Of these, caesarean sections", "人", "women", BIRTHS_ZH, BIRTHS_EN),
            new Element("BENCH_LIVE_BIRTHS", "活产数", "Live births", "人", "births", BIRTHS_ZH, BIRTHS_EN),
            new Element("BENCH_LOW_BIRTH_WEIGHT", "其中低出生体重儿数", "Of these, low birth weight", "人", "births", BIRTHS_ZH, BIRTHS_EN),
            new Element("BENCH_MATERNAL_DEATHS", "孕产妇死亡人数", "Maternal deaths", "人", "women", BIRTHS_ZH, BIRTHS_EN),
            new Element("BENCH_IUD_INSERTIONS", "放置宫内节育器例数", "IUD insertions", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_IUD_REMOVALS", "取出宫内节育器例数", "IUD removals", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_IMPLANTS", "皮下埋植例数", "Contraceptive implants", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_TUBAL_LIGATIONS", "输卵管绝育术例数", "Tubal ligations", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_VASECTOMIES", "输精管绝育术例数", "Vasectomies", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_MEDICAL_ABORTIONS", "药物流产例数", "Medical abortions", "例", "cases", PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_FP_COMPLICATIONS", "计划生育手术并发症例数", "Family-planning procedure complications", "例", "cases",
                    PROCEDURES_ZH, PROCEDURES_EN),
            new Element("BENCH_PRECONCEPTION_CHECKS", "免费孕前优生健康检查人数", "Free pre-pregnancy health checks", "人", "people",
                    PRECONCEPTION_ZH, PRECONCEPTION_EN),
            new Element("BENCH_FOLIC_ACID", "增补叶酸人数", "Women given folic acid", "人", "women", PRECONCEPTION_ZH, PRECONCEPTION_EN));

    private static final List<Rule> RULES = List.of(
            new Rule("EARLY_WITHIN_REGISTERED", "BENCH_EARLY_REGISTERED", "BENCH_PREG_REGISTERED",
                    "孕13周前建册人数不能大于建册人数", "Early registrations cannot exceed registrations"),
            new Rule("REFERRED_WITHIN_HIGH_RISK", "BENCH_HIGH_RISK_REFERRED", "BENCH_HIGH_RISK_NEW",
                    "高危孕产妇转诊人数不能大于新增高危人数", "Referred high-risk pregnancies cannot exceed new ones"),
            new Rule("CAESAREAN_WITHIN_DELIVERIES", "BENCH_CAESAREAN", "BENCH_DELIVERIES",
                    "剖宫产人数不能大于住院分娩人数", "Caesarean sections cannot exceed deliveries"),
            new Rule("LOW_WEIGHT_WITHIN_BIRTHS", "BENCH_LOW_BIRTH_WEIGHT", "BENCH_LIVE_BIRTHS",
                    "低出生体重儿数不能大于活产数", "Low-birth-weight births cannot exceed live births"));

    private ProvinceBenchmarkForm() {
    }

    static int elementCount() {
        return ELEMENTS.size();
    }

    static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM report_form WHERE code = '" + CODE + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * Adds the elements, the form with its rows and its error rules (all SUM flows, monthly, due on the 5th), splits
     * {@link #SPLIT_ELEMENT} by age group (a child element per option, as the element editor makes them) and adds
     * {@link #CELL_INDICATOR}. The
     * {@code INSERT … SELECT}s run one by one: Connector/J's bulk protocol does not take them as a batch.
     */
    static void create(Connection connection) throws SQLException {
        try (PreparedStatement element = connection.prepareStatement("""
                INSERT INTO data_element (code, name_zh, name_en, unit_zh, unit_en, aggregation, description_zh, description_en)
                VALUES (?, ?, ?, ?, ?, 'SUM', '基准测试数据元，仅存在于省级规模测试库', 'Benchmark element, only in the province-scale database')""")) {
            for (Element e : ELEMENTS) {
                element.setString(1, e.code());
                element.setString(2, e.nameZh());
                element.setString(3, e.nameEn());
                element.setString(4, e.unitZh());
                element.setString(5, e.unitEn());
                element.addBatch();
            }
            element.executeBatch();
        }
        try (PreparedStatement form = connection.prepareStatement("""
                INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, position)
                VALUES (?, '孕产妇保健和计划生育服务综合月报表（基准数据）', 'Maternal care and family planning (monthly, benchmark data)',
                        'MONTHLY', 5, 5)""")) {
            form.setString(1, CODE);
            form.executeUpdate();
        }
        try (PreparedStatement row = connection.prepareStatement("""
                INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
                SELECT f.id, e.id, ?, ?, ? FROM report_form f JOIN data_element e ON e.code = ? WHERE f.code = ?""")) {
            int position = 1;
            for (Element e : ELEMENTS) {
                row.setInt(1, position++);
                row.setString(2, e.sectionZh());
                row.setString(3, e.sectionEn());
                row.setString(4, e.code());
                row.setString(5, CODE);
                row.executeUpdate();
            }
        }
        try (PreparedStatement rule = connection.prepareStatement("""
                INSERT INTO validation_rule (report_form_id, code, severity, left_expression, operator, right_expression, message_zh, message_en)
                SELECT id, ?, 'ERROR', ?, '<=', ?, ?, ? FROM report_form WHERE code = ?""")) {
            for (Rule r : RULES) {
                rule.setString(1, r.code());
                rule.setString(2, "#{" + r.left() + "}");
                rule.setString(3, "#{" + r.right() + "}");
                rule.setString(4, r.messageZh());
                rule.setString(5, r.messageEn());
                rule.setString(6, CODE);
                rule.executeUpdate();
            }
        }
        splitByAgeGroup(connection);
    }

    private static void splitByAgeGroup(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE data_element SET first_category_id = (SELECT id FROM category WHERE code = 'AGE_GROUP')
                    WHERE code = '%s'""".formatted(SPLIT_ELEMENT));
            statement.executeUpdate("""
                    INSERT INTO data_element (code, name_zh, name_en, unit_zh, unit_en, aggregation, parent_id, option_combo)
                    SELECT CONCAT(e.code, '.', o.code), CONCAT(e.name_zh, '（', o.name_zh, '）'), CONCAT(e.name_en, ' (', o.name_en, ')'),
                           e.unit_zh, e.unit_en, 'SUM', e.id, o.code
                    FROM data_element e JOIN category c ON c.id = e.first_category_id JOIN category_option o ON o.category_id = c.id
                    WHERE e.code = '%s' ORDER BY o.position""".formatted(SPLIT_ELEMENT));
            statement.executeUpdate("""
                    INSERT INTO indicator (code, name_zh, name_en, numerator_expression, denominator_expression, factor, decimals, direction, position)
                    VALUES ('%s', '药物流产中20岁以下占比（基准数据）', 'Medical abortions under 20 (share, benchmark data)',
                            '#{%s.AGE_LT20}', '#{%s}', 100, 1, 'FALLING_IS_GOOD', 90)""".formatted(CELL_INDICATOR, SPLIT_ELEMENT, SPLIT_ELEMENT));
        }
    }
}
