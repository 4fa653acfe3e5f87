package com.programdesk.testsupport;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the demo rows tests build on, and names the rows a test makes for itself.
 *
 * <p>How tests on the shared database keep their data apart (docs/testing.md). Every
 * {@link ProgramDeskTest} of a run shares one MariaDB, filled once with the demo data, and one
 * Spring context. Nothing is rolled back or cleaned up: the services commit as they do for users,
 * and background work and notifications read what they committed. So, whatever the order:
 * <ol>
 *   <li>A test changes only rows of its own. It creates them through the services, named with
 *       {@link #unique(String)}, or under a fixed code of its own ({@code T-…}, {@code TEST_…})
 *       that a fixture creates once per run and reuses (get or create), and finds them by that name.</li>
 *   <li>Demo rows are read, looked up here by code or username, never by id. A test that must
 *       change one (a contact person, an assignment) changes one that no other test asserts on.</li>
 *   <li>Figures over shared tables are asserted as a difference (count before, count after) or
 *       filtered to the test's own rows, never as totals.</li>
 *   <li>Statistical reports of tests are for months in 2019–2020, which the demo data leaves empty.</li>
 * </ol>
 * A test that cannot keep to this may roll back instead ({@code @Transactional} on the test): only
 * when everything it checks happens in the test's own thread and transaction. {@code
 * TestsKeepTheirDataApartTest} keeps the lookups and the unique names in this one place.
 */
@Component
public class TestData {

    private final JdbcClient jdbc;

    TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code prefix} followed by eight random hex digits (letters and digits only, fit for codes and usernames). */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The id of the institution with this code, e.g. {@code YQ-MCH}. */
    public long institutionId(String code) {
        return findInstitutionId(code).orElseThrow(() -> new AssertionError("no institution with code " + code));
    }

    /** The institution with this code if there is one: for fixtures that create their own once per run. */
    public Optional<Long> findInstitutionId(String code) {
        return jdbc.sql("SELECT id FROM institution WHERE code = ?").param(code).query(Long.class).optional();
    }

    /** The id of the area with this official code, e.g. {@code 330382} (乐清市). */
    public long areaId(String code) {
        return findAreaId(code).orElseThrow(() -> new AssertionError("no area with code " + code));
    }

    /** The area with this code if there is one: for fixtures that create their own once per run. */
    public Optional<Long> findAreaId(String code) {
        return jdbc.sql("SELECT id FROM area WHERE code = ?").param(code).query(Long.class).optional();
    }

    /** The user with this username if there is one: for fixtures that create their own once per run. */
    public Optional<Long> findUserId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).optional();
    }

    /** The id of the user with this username, e.g. {@code coordinator}. */
    public long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    /**
     * The active program of 乐清市 that started last: the demo's plan for the current work year (the
     * demo coordinator's; Qixian's program of 柯桥区 may have started later).
     */
    public long latestActiveProgramId() {
        return jdbc.sql("""
                SELECT p.id FROM program p JOIN area a ON a.id = p.area_id
                WHERE p.status = 'ACTIVE' AND a.code = '330382' ORDER BY p.period_start DESC LIMIT 1""").query(Long.class).single();
    }

    /** The demo's current Yueqing plan (年度生殖健康促进工作计划), the one with targets on reported indicators. */
    public long currentPlanId() {
        return jdbc.sql("""
                SELECT p.id FROM program p JOIN area a ON a.id = p.area_id
                WHERE a.code = '330382' AND p.title LIKE '%年度生殖健康促进工作计划' ORDER BY p.period_start DESC, p.id LIMIT 1""")
                .query(Long.class).single();
    }

    /** The id of the program with this title, e.g. Qixian's {@code 齐贤分院“早孕关爱行动”工作方案}, which has no document number. */
    public long programIdTitled(String title) {
        return jdbc.sql("SELECT id FROM program WHERE title = ?").param(title).query(Long.class).single();
    }

    /**
     * A code no area has yet for a new area right below the one with {@code parentCode}, in the
     * official shape: a city 99xx00 below 990000, a county 9937xx below 993700, a township
     * 993712xxx000 below 993712. The digits are random and checked against the tree.
     */
    public String freeAreaCode(String parentCode) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int digits = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, parentCode.endsWith("0000") || parentCode.endsWith("00") ? 100 : 1000);
            String code;
            if (parentCode.endsWith("0000")) {
                code = parentCode.substring(0, 2) + String.format("%02d", digits) + "00";
            } else if (parentCode.endsWith("00")) {
                code = parentCode.substring(0, 4) + String.format("%02d", digits);
            } else {
                code = parentCode + String.format("%03d", digits) + "000";
            }
            if (findAreaId(code).isEmpty()) {
                return code;
            }
        }
        throw new AssertionError("no free area code left below " + parentCode);
    }

    /** The id of the program with this document number, e.g. the pilot's {@code 乐卫发〔2024〕25号}. */
    public long programId(String documentNumber) {
        return jdbc.sql("SELECT id FROM program WHERE document_number = ?").param(documentNumber).query(Long.class).single();
    }
}
