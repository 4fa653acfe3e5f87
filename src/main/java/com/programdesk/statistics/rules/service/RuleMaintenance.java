package com.programdesk.statistics.rules.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.domain.ValidationRule;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.CatalogueWrites;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.expressions.domain.Expression;
import com.programdesk.statistics.expressions.domain.ExpressionException;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.domain.RuleFailure;
import com.programdesk.statistics.rules.domain.RuleTestResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A form's validation rules (审核规则) kept in the portal by whoever keeps the form ({@link CatalogueKeepers}):
 * listed, added, edited and retired (never deleted) on the newest version of the form, whose rules a new version
 * starts with a copy of; every change audited and forgetting the shared catalogue. Each side is an expression over
 * the elements of the form's newest version ({@code #{CODE}}, and {@code PREV{CODE}} for last period's value);
 * refused at its field: empty, unreadable, a constant division by zero, an unknown code, a code not on the form,
 * sides of different units, a rule naming no element. "Test on past reports" evaluates a rule as edited over the
 * stored values of the form's reports in a range of periods.
 */
@Service
@Transactional(readOnly = true)
public class RuleMaintenance {

    public static final String LEFT = "leftExpression";
    public static final String RIGHT = "rightExpression";
    /** Reports read per query while testing a rule on past reports. */
    static final int TEST_BATCH = 500;
    /** At most this many reports are read by one test (about ten years of a county's monthly reports). */
    static final int TEST_MAX_REPORTS = 20_000;

    private static final AuditedEntity ENTITY = AuditedEntity.VALIDATION_RULE;
    private static final String COLUMNS = """
            id, version, report_form_id, form_version_id, code, left_expression, operator, right_expression, severity,
            message_zh, message_en, retired, retired_by, retired_at""";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RuleMaintenance(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules of the form's newest version (and those written for every version), by code; retired ones only when asked. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<RuleDefinition> rules(long formId, boolean withRetired) {
        ReportForm form = form(formId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM validation_rule WHERE report_form_id = :form AND "
                        + versionCondition(form) + (withRetired ? "" : " AND NOT retired") + " ORDER BY code, id")
                .param("form", formId).params(versionParams(form)).query(RuleMaintenance::definition).list();
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<RuleDefinition> find(long id) {
        return read(id);
    }

    /** Whether the user keeps the form, and so its rules: users bound to no area all forms, an area's users their area's. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean mayKeep(long formId) {
        return CatalogueKeepers.mayKeep(currentUser.require(), formAreaPath(formId));
    }

    /** The elements a rule of the form may name: the rows of its newest version, in order. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<DataElement> elements(long formId) {
        return form(formId).elements().stream().map(FormElement::element).toList();
    }

    /**
     * What is wrong with one side ({@link #LEFT} or {@link #RIGHT}) as typed, for the editor's check while typing;
     * the right side is also compared with the left one (units, a rule naming no element). Empty when it is fine.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<ExpressionProblem> expressionProblem(long formId, String side, @Nullable String left, @Nullable String right,
                                                         @Nullable Long ruleId) {
        RuleDefinition before = ruleId == null ? null : read(ruleId).orElse(null);
        return problem(form(formId), side, left, right, before);
    }

    /**
     * Creates or updates a rule of the form's newest version. A bad field is refused with {@link InvalidFieldException}
     * (a side with {@link ExpressionRefusedException}), a copy someone else saved meanwhile with
     * {@link OptimisticLockingFailureException}; either way nothing is written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public RuleDefinition save(RuleDefinition edited) {
        RuleDefinition rule = edited.copy();
        ReportForm form = form(rule.getFormId());
        requireKeeper(form.id());
        if (rule.isNew()) {
            rule.setFormVersionId(form.versionId());
            check(form, rule, null);
            long id = insert(rule);
            forgetAndAudit(AuditAction.CREATE, id, AuditChanges.of(rule.auditFields()));
            return read(id).orElseThrow();
        }
        RuleDefinition before = read(rule.getId()).filter(r -> r.getVersion().equals(rule.getVersion()) && r.getFormId() == form.id())
                .orElseThrow(() -> conflict(rule));
        rule.setFormVersionId(before.getFormVersionId());
        check(form, rule, before);
        int updated = jdbc.sql("""
                UPDATE validation_rule SET left_expression = :left, operator = :operator, right_expression = :right, severity = :severity,
                    message_zh = :messageZh, message_en = :messageEn, version = version + 1
                WHERE id = :id AND version = :version""").params(params(rule))
                .param("id", rule.getId()).param("version", rule.getVersion()).update();
        if (updated == 0) {
            throw conflict(rule);
        }
        forgetAndAudit(AuditAction.UPDATE, rule.getId(), AuditChanges.between(before.auditFields(), rule.auditFields()));
        return read(rule.getId()).orElseThrow();
    }

    /** Retires a rule (no longer checked; reports already filed keep their values) or brings it back. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public RuleDefinition setRetired(RuleDefinition rule, boolean retired) {
        RuleDefinition stored = read(rule.getId()).filter(r -> r.getVersion().equals(rule.getVersion())).orElseThrow(() -> conflict(rule));
        requireKeeper(stored.getFormId());
        if (stored.isRetired() == retired) {
            return stored;
        }
        CatalogueWrites.setRetired(jdbc, "validation_rule", rule.getId(), rule.getVersion(), retired,
                currentUser.actorName(), LocalDateTime.now(clock));
        forgetAndAudit(retired ? AuditAction.DEACTIVATE : AuditAction.REACTIVATE, rule.getId(),
                CatalogueWrites.statusChange("retired", retired));
        return read(rule.getId()).orElseThrow();
    }

    /**
     * The stored reports of the rule's form for the periods {@code from}–{@code to} (within the user's reach) that the
     * rule as edited fails on, newest period first, at most {@code limit} of them. Reads the stored values only (a
     * report of the first period has no previous values: a rule naming {@code PREV{…}} skips it, as on submit). The
     * sides are checked as on save; code and messages need not be filled in yet.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public RuleTestResult testOnPastReports(RuleDefinition edited, LocalDate from, LocalDate to, int limit) {
        ReportForm form = form(edited.getFormId());
        RuleDefinition before = edited.isNew() ? null : read(edited.getId()).orElse(null);
        checkSides(form, edited, before);
        if (from == null) {
            throw new InvalidFieldException("testFrom", "validation.required");
        }
        if (to == null || to.isBefore(from)) {
            throw new InvalidFieldException("testTo", to == null ? "validation.required" : "rule.error.testRange");
        }
        ValidationRule rule = new ValidationRule(null, "TEST", Expression.parseRule(edited.getLeftExpression()), edited.getOperator(),
                Expression.parseRule(edited.getRightExpression()), Severity.ERROR, "", "", false, null);
        Set<String> codes = new LinkedHashSet<>(rule.left().codes());
        codes.addAll(rule.right().codes());
        Set<String> previousCodes = new LinkedHashSet<>(rule.left().previousCodes());
        previousCodes.addAll(rule.right().previousCodes());
        Set<String> percentCodes = StatisticsCatalog.percentCodes(catalog.elements());
        List<Long> reach = currentUser.restriction(null);
        List<RuleFailure> failures = new ArrayList<>();
        int checked = 0;
        boolean more = false;
        LocalDate start = form.frequency().periodStartOf(from);
        LocalDate end = form.frequency().periodStartOf(to);
        while (checked < TEST_MAX_REPORTS) {
            List<StoredReport> reports = reports(form.id(), start, end, reach, checked);
            if (reports.isEmpty()) {
                break;
            }
            checked += reports.size();
            Map<Long, Map<String, Long>> values = values(reports, codes);
            Map<List<Object>, Map<String, Long>> previous = previousValues(form, reports, previousCodes);
            for (StoredReport report : reports) {
                Map<String, Long> last = previous.getOrDefault(List.of(report.institutionId(), form.frequency().previous(report.periodStart())),
                        Map.of());
                Optional<ValidationRule.Outcome> outcome = rule.evaluate(values.getOrDefault(report.id(), Map.of()), last, percentCodes)
                        .filter(o -> !o.holds());
                if (outcome.isPresent()) {
                    if (failures.size() == limit) {
                        return new RuleTestResult(failures, checked, true);
                    }
                    failures.add(new RuleFailure(report.id(), report.institutionId(), report.institutionName(), report.periodStart(),
                            report.status(), outcome.get().left(), outcome.get().right()));
                }
            }
            if (reports.size() < TEST_BATCH) {
                break;
            }
            more = checked >= TEST_MAX_REPORTS;
        }
        return new RuleTestResult(failures, checked, more);
    }

    /** Gives a new version of a form a copy of the rules of the version before it (called by {@code FormMaintenance}). */
    public static void copyRules(JdbcClient jdbc, long fromVersionId, long toVersionId) {
        jdbc.sql("""
                INSERT INTO validation_rule (report_form_id, form_version_id, code, severity, left_expression, operator, right_expression,
                    message_zh, message_en, retired, retired_by, retired_at)
                SELECT report_form_id, :to, code, severity, left_expression, operator, right_expression,
                    message_zh, message_en, retired, retired_by, retired_at
                FROM validation_rule WHERE form_version_id = :from ORDER BY id""")
                .param("from", fromVersionId).param("to", toVersionId).update();
    }

    private record StoredReport(long id, long institutionId, String institutionName, LocalDate periodStart, String status) {
    }

    private List<StoredReport> reports(long formId, LocalDate from, LocalDate to, @Nullable List<Long> reach, int offset) {
        if (reach != null && reach.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.id, r.institution_id, i.name_zh, r.period_start, r.status FROM stat_report r
                        JOIN institution i ON i.id = r.institution_id
                        WHERE r.report_form_id = :form AND r.period_start BETWEEN :from AND :to"""
                        + (reach == null ? "" : " AND r.institution_id IN (:reach)")
                        + " ORDER BY r.period_start DESC, i.code, r.id LIMIT :limit OFFSET :offset")
                .param("form", formId).param("from", from).param("to", to).params(reach == null ? Map.of() : Map.of("reach", reach))
                .param("limit", TEST_BATCH).param("offset", offset)
                .query((rs, n) -> new StoredReport(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name_zh"),
                        rs.getObject("period_start", LocalDate.class), rs.getString("status")))
                .list();
    }

    private Map<Long, Map<String, Long>> values(List<StoredReport> reports, Set<String> codes) {
        Map<Long, Map<String, Long>> values = new HashMap<>();
        if (codes.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                SELECT v.stat_report_id, e.code, v.value FROM stat_value v JOIN data_element e ON e.id = v.data_element_id
                WHERE v.stat_report_id IN (:reports) AND e.code IN (:codes) AND v.value IS NOT NULL""")
                .param("reports", reports.stream().map(StoredReport::id).toList()).param("codes", codes)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong("stat_report_id"), k -> new HashMap<>()).put(rs.getString("code"), rs.getLong("value"));
                });
        return values;
    }

    /** Last period's values of the same institutions, by (institution, period start). */
    private Map<List<Object>, Map<String, Long>> previousValues(ReportForm form, List<StoredReport> reports, Set<String> codes) {
        Map<List<Object>, Map<String, Long>> values = new HashMap<>();
        if (codes.isEmpty()) {
            return values;
        }
        Set<LocalDate> periods = reports.stream().map(r -> form.frequency().previous(r.periodStart())).collect(Collectors.toCollection(TreeSet::new));
        Set<Long> institutions = reports.stream().map(StoredReport::institutionId).collect(Collectors.toSet());
        jdbc.sql("""
                SELECT r.institution_id, r.period_start, e.code, v.value FROM stat_report r
                JOIN stat_value v ON v.stat_report_id = r.id JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = :form AND r.period_start IN (:periods) AND r.institution_id IN (:institutions)
                  AND e.code IN (:codes) AND v.value IS NOT NULL""")
                .param("form", form.id()).param("periods", periods).param("institutions", institutions).param("codes", codes)
                .query(rs -> {
                    values.computeIfAbsent(List.of(rs.getLong("institution_id"), rs.getObject("period_start", LocalDate.class)),
                            k -> new HashMap<>()).put(rs.getString("code"), rs.getLong("value"));
                });
        return values;
    }

    /** Strips and checks every field; {@code before} is the stored rule when editing. */
    private void check(ReportForm form, RuleDefinition rule, @Nullable RuleDefinition before) {
        String code = rule.getCode() == null ? "" : rule.getCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (before != null && !code.equals(before.getCode())) {
            throw new InvalidFieldException("code", "rule.error.codeFixed");
        }
        if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidFieldException("code", "dataElement.error.codePattern");
        }
        if (before == null && isCodeTaken(form, code)) {
            throw new InvalidFieldException("code", "rule.error.codeTaken");
        }
        rule.setCode(code);
        checkSides(form, rule, before);
        if (rule.getSeverity() == null) {
            throw new InvalidFieldException("severity", "validation.required");
        }
        rule.setMessageZh(TextInput.required(rule.getMessageZh(), "messageZh", RuleDefinition.MESSAGE_MAX));
        rule.setMessageEn(TextInput.required(rule.getMessageEn(), "messageEn", RuleDefinition.MESSAGE_MAX));
    }

    private void checkSides(ReportForm form, RuleDefinition rule, @Nullable RuleDefinition before) {
        rule.setLeftExpression(rule.getLeftExpression() == null ? "" : rule.getLeftExpression().strip());
        rule.setRightExpression(rule.getRightExpression() == null ? "" : rule.getRightExpression().strip());
        for (String side : List.of(LEFT, RIGHT)) {
            problem(form, side, rule.getLeftExpression(), rule.getRightExpression(), before).ifPresent(p -> {
                throw new ExpressionRefusedException(side, p);
            });
        }
        if (rule.getOperator() == null) {
            throw new InvalidFieldException("operator", "validation.required");
        }
    }

    /** One side's syntax and codes; for the right side also what the two sides say together (units, no element). */
    private Optional<ExpressionProblem> problem(ReportForm form, String side, @Nullable String left, @Nullable String right,
                                                @Nullable RuleDefinition before) {
        boolean ofLeft = LEFT.equals(side);
        Optional<Expression> own;
        try {
            own = Optional.of(parse(ofLeft ? left : right));
        } catch (ExpressionException e) {
            return Optional.of(new ExpressionProblem(e.messageKey(), List.of(e.arguments())));
        }
        Map<String, DataElement> elements = catalog.elements().stream().collect(Collectors.toMap(DataElement::code, Function.identity()));
        Set<String> onForm = form.elements().stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.element()),
                r.cells().stream().map(c -> c.element()))).map(DataElement::code).collect(Collectors.toSet());
        for (String code : named(own.get())) {
            if (!elements.containsKey(code)) {
                return Optional.of(problem("expression.error.unknownCode", code));
            }
            if (!onForm.contains(code)) {
                return Optional.of(problem("rule.error.notOnForm", code, form.nameZh()));
            }
        }
        if (ofLeft) {
            return Optional.empty();
        }
        Expression other;
        try {
            other = parse(left);
        } catch (ExpressionException e) {
            return Optional.empty();
        }
        if (other.isConstant() && own.get().isConstant()) {
            return Optional.of(problem("rule.error.noElement"));
        }
        Set<String> leftUnits = units(other, elements);
        Set<String> rightUnits = units(own.get(), elements);
        if (!leftUnits.isEmpty() && !rightUnits.isEmpty() && !leftUnits.equals(rightUnits) && !sameUnitsBefore(before, leftUnits, rightUnits, elements)) {
            return Optional.of(problem("rule.error.units", String.join("、", leftUnits), String.join("、", rightUnits)));
        }
        return Optional.empty();
    }

    /** A stored rule that already compared these units (as one seeded rule compares women with visits) keeps doing so. */
    private static boolean sameUnitsBefore(@Nullable RuleDefinition before, Set<String> left, Set<String> right, Map<String, DataElement> elements) {
        if (before == null) {
            return false;
        }
        try {
            return units(parse(before.getLeftExpression()), elements).equals(left) && units(parse(before.getRightExpression()), elements).equals(right);
        } catch (ExpressionException e) {
            return false;
        }
    }

    private static Expression parse(@Nullable String source) {
        return Expression.parseRule(source);
    }

    private static List<String> named(Expression expression) {
        Set<String> codes = new LinkedHashSet<>(expression.codes());
        codes.addAll(expression.previousCodes());
        return List.copyOf(codes);
    }

    /** The units (Chinese) of the elements a side names. */
    private static Set<String> units(Expression expression, Map<String, DataElement> elements) {
        return named(expression).stream().map(elements::get).filter(Objects::nonNull).map(DataElement::unitZh)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ExpressionProblem problem(String key, Object... arguments) {
        return new ExpressionProblem(key, List.of(arguments));
    }

    private boolean isCodeTaken(ReportForm form, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM validation_rule WHERE report_form_id = :form AND code = :code AND " + versionCondition(form))
                .param("form", form.id()).param("code", code).params(versionParams(form)).query(Long.class).single() > 0;
    }

    private static String versionCondition(ReportForm form) {
        return form.versionId() == null ? "form_version_id IS NULL" : "(form_version_id = :version OR form_version_id IS NULL)";
    }

    private static Map<String, Object> versionParams(ReportForm form) {
        return form.versionId() == null ? Map.of() : Map.of("version", form.versionId());
    }

    private ReportForm form(long formId) {
        return catalog.form(formId).orElseThrow(() -> new InvalidFieldException("form", "statistics.error.formMissing"));
    }

    private @Nullable String formAreaPath(long formId) {
        return jdbc.sql("SELECT a.path FROM report_form f LEFT JOIN area a ON a.id = f.area_id WHERE f.id = :form")
                .param("form", formId).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(p -> p).orElse(null);
    }

    private void requireKeeper(long formId) {
        if (!mayKeep(formId)) {
            throw new AccessDeniedException("Report form " + formId + " is kept by another area");
        }
    }

    private long insert(RuleDefinition rule) {
        return CatalogueWrites.insert(jdbc.sql("""
                INSERT INTO validation_rule (report_form_id, form_version_id, code, severity, left_expression, operator, right_expression,
                    message_zh, message_en)
                VALUES (:form, :formVersion, :code, :severity, :left, :operator, :right, :messageZh, :messageEn)""")
                .params(params(rule)).param("form", rule.getFormId()).param("formVersion", rule.getFormVersionId())
                .param("code", rule.getCode()), "rule.error.codeTaken");
    }

    private static Map<String, Object> params(RuleDefinition rule) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("left", rule.getLeftExpression());
        params.put("operator", rule.getOperator().symbol());
        params.put("right", rule.getRightExpression());
        params.put("severity", rule.getSeverity().name());
        params.put("messageZh", rule.getMessageZh());
        params.put("messageEn", rule.getMessageEn());
        return params;
    }

    private void forgetAndAudit(AuditAction action, long id, String changes) {
        catalog.forgetCatalogue();
        audit.record(action, ENTITY, id, changes);
    }

    private static OptimisticLockingFailureException conflict(RuleDefinition rule) {
        return new OptimisticLockingFailureException("Validation rule " + rule.getId() + " was changed meanwhile");
    }

    private Optional<RuleDefinition> read(@Nullable Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM validation_rule WHERE id = :id").param("id", id).query(RuleMaintenance::definition).optional();
    }

    private static RuleDefinition definition(ResultSet rs, int rowNum) throws SQLException {
        RuleDefinition rule = new RuleDefinition(rs.getLong("report_form_id"));
        CatalogueWrites.readItem(rule, rs);
        rule.setFormVersionId(rs.getObject("form_version_id", Long.class));
        rule.setLeftExpression(rs.getString("left_expression"));
        rule.setOperator(RuleOperator.ofSymbol(rs.getString("operator")).orElse(null));
        rule.setRightExpression(rs.getString("right_expression"));
        rule.setSeverity(Severity.valueOf(rs.getString("severity")));
        rule.setMessageZh(rs.getString("message_zh"));
        rule.setMessageEn(rs.getString("message_en"));
        return rule;
    }
}
