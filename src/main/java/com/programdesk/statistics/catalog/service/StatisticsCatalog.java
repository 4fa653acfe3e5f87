package com.programdesk.statistics.catalog.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.ApprovalLevels;
import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Disaggregation;
import com.programdesk.statistics.catalog.domain.ElementReading;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.FormVersion;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.domain.ValidationRule;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.expressions.domain.Expression;
import com.programdesk.statistics.expressions.domain.ExpressionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reporting catalog: data elements, indicators, forms with their rows and rules, and which
 * institutions file which form. Seeded by Liquibase; the bureau assigns forms to institutions.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsCatalog {

    public static final String COORDINATORS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    private static final String ELEMENT_COLUMNS = """
            id, code, name_zh, name_en, unit_zh, unit_en, aggregation, description_zh, description_en, national_code,
            value_type, short_name_zh, short_name_en, retired, parent_id, option_combo""";

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsCatalog.class);
    /** The catalogue of a transaction that changed it, bound to that transaction (see {@link #forgetCatalogue}). */
    private static final Object CHANGED_HERE = new Object();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    private final AuditService audit;
    /**
     * The parts of the catalogue kept in {@link #shared}, one entry each. The cache holds exactly these: past its bound
     * it starts afresh, so a bound below their number would read the whole catalogue again and again.
     */
    private static final List<Class<?>> SHARED_PARTS = List.of(DataElement.class, Category.class, ElementCells.class,
            Indicator.class, ElementReadings.class, ReportForm.class);

    /** The catalogue changes with a release or an administrator's edit, and every view of reports reads it. */
    private final SharedCache<Class<?>, List<?>> shared;

    private final FormAssignments assignments;

    StatisticsCatalog(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, SharedCaches caches, FormAssignments assignments) {
        this.audit = audit;
        this.assignments = assignments;
        this.shared = caches.create("statistics-catalog", SHARED_PARTS.size());
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public List<DataElement> elements() {
        return shared(DataElement.class, this::readElements);
    }

    /** The elements that may be put on new forms and imported: those not retired (option cells come with their element). */
    @PreAuthorize("isAuthenticated()")
    public List<DataElement> offeredElements() {
        return elements().stream().filter(e -> !e.retired() && !e.isOptionCell()).toList();
    }

    /** Every category with its options in order, retired ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<Category> categories() {
        return shared(Category.class, this::readCategories);
    }

    /** The categories an element's disaggregation may newly choose: those not retired. */
    @PreAuthorize("isAuthenticated()")
    public List<Category> offeredCategories() {
        return categories().stream().filter(c -> !c.retired()).toList();
    }

    /** A disaggregated element's option cells in order (its active child elements); none for any other element. */
    @PreAuthorize("isAuthenticated()")
    public List<OptionCell> cells(long elementId) {
        return shared(ElementCells.class, this::readCells).stream().filter(c -> c.elementId() == elementId).findFirst()
                .map(ElementCells::cells).orElse(List.of());
    }

    /** The categories of an element's disaggregation, in order (none when it has none). */
    @PreAuthorize("isAuthenticated()")
    public List<Category> categoriesOf(long elementId) {
        return shared(ElementCells.class, this::readCells).stream().filter(c -> c.elementId() == elementId).findFirst()
                .map(ElementCells::categories).orElse(List.of());
    }

    private List<Category> readCategories() {
        Map<Long, List<CategoryOption>> options = jdbc.sql("""
                SELECT category_id, code, name_zh, name_en FROM category_option ORDER BY category_id, position, id""")
                .query((rs, n) -> Map.entry(rs.getLong("category_id"),
                        new CategoryOption(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT id, code, name_zh, name_en, retired FROM category ORDER BY code")
                .query((rs, n) -> new Category(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getBoolean("retired"), options.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** An element's disaggregation and its cells: the active children found by option combination, in the combination's order. */
    private record ElementCells(long elementId, List<Category> categories, List<OptionCell> cells) {
    }

    private List<ElementCells> readCells() {
        Map<Long, Category> categories = categories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Map<String, DataElement>> children = elements().stream().filter(e -> e.isOptionCell() && !e.retired())
                .collect(Collectors.groupingBy(DataElement::parentId, Collectors.toMap(DataElement::optionCombo, Function.identity())));
        return jdbc.sql("""
                SELECT id, first_category_id, second_category_id FROM data_element WHERE first_category_id IS NOT NULL ORDER BY id""")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Category> chosen = new java.util.ArrayList<>();
                    chosen.add(categories.get(rs.getLong("first_category_id")));
                    Long second = rs.getObject("second_category_id", Long.class);
                    if (second != null) {
                        chosen.add(categories.get(second));
                    }
                    Map<String, DataElement> mine = children.getOrDefault(id, Map.of());
                    List<OptionCell> cells = new Disaggregation(chosen).combinations().stream()
                            .filter(options -> mine.containsKey(Disaggregation.comboCode(options)))
                            .map(options -> new OptionCell(mine.get(Disaggregation.comboCode(options)), options)).toList();
                    return new ElementCells(id, chosen, cells);
                }).list();
    }

    /**
     * Called by every change to the catalogue: nobody reads the old one after this transaction. Until it ends, this
     * transaction keeps a catalogue of its own, read from the database after each of its changes, instead of the shared
     * copy: it sees its own changes (a catalogue file writes an element, then a form naming it), and the shared copy
     * never holds rows others cannot see yet (a check of a file always rolls back).
     */
    @WithoutAuthorization("internal: the maintenance services, already authorized, call it after a change; shows nothing")
    public void forgetCatalogue() {
        shared.forgetAllWithTransaction();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(CHANGED_HERE) instanceof Map<?, ?> own) {
            own.clear();
            return;
        }
        TransactionSynchronizationManager.bindResource(CHANGED_HERE, new HashMap<Class<?>, List<?>>());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_HERE);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> shared(Class<T> kind, Supplier<List<T>> read) {
        if (!SHARED_PARTS.contains(kind)) {
            throw new IllegalArgumentException(kind.getSimpleName() + " is no part of SHARED_PARTS");
        }
        if (TransactionSynchronizationManager.getResource(CHANGED_HERE) instanceof Map<?, ?> own) {
            Map<Class<?>, List<?>> ofThisTransaction = (Map<Class<?>, List<?>>) own;
            List<T> known = (List<T>) ofThisTransaction.get(kind);
            if (known == null) {
                known = List.copyOf(read.get()); // not computeIfAbsent: reading indicators reads the elements into the same map
                ofThisTransaction.put(kind, known);
            }
            return known;
        }
        return (List<T>) shared.get(kind, () -> List.copyOf(read.get()));
    }

    private List<DataElement> readElements() {
        return jdbc.sql("SELECT " + ELEMENT_COLUMNS + " FROM data_element ORDER BY code").query(StatisticsCatalog::element).list();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Indicator> indicators() {
        return shared(Indicator.class, this::readIndicators);
    }

    /** The indicators not retired: those the dashboard and the target editor offer. */
    @PreAuthorize("isAuthenticated()")
    public List<Indicator> offeredIndicators() {
        return indicators().stream().filter(i -> !i.retired()).toList();
    }

    /** Parses each indicator's expressions once per catalogue load and resolves the codes they name to element ids. */
    private List<Indicator> readIndicators() {
        Map<String, Long> elementIds = elements().stream().collect(Collectors.toMap(DataElement::code, DataElement::id));
        Set<String> percentCodes = percentCodes(elements());
        return jdbc.sql("""
                SELECT id, code, name_zh, name_en, numerator_expression, denominator_expression, factor, decimals, direction,
                       description_zh, description_en, national_code, retired
                FROM indicator ORDER BY position, code""").query((rs, n) -> indicator(rs, elementIds, percentCodes)).list();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Indicator> indicator(long id) {
        return indicators().stream().filter(i -> i.id() == id).findFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Indicator> indicatorByCode(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * How the element's values add up over a range. Asked for each element of each figure the dashboard and the targets
     * compute, so it is read with the catalogue, not once per figure.
     */
    @WithoutAuthorization("internal: the figures' services, already authorized, ask how to add up an element; shows no data")
    public ElementReading reading(long elementId) {
        ElementReading reading = shared(ElementReadings.class, this::readReadings).getFirst().byElement().get(elementId);
        if (reading == null) {
            throw new IllegalArgumentException("No data element " + elementId);
        }
        return reading;
    }

    private record ElementReadings(Map<Long, ElementReading> byElement) {
    }

    private List<ElementReadings> readReadings() {
        Map<Long, Frequency> firstForm = new HashMap<>();
        jdbc.sql("""
                SELECT e.data_element_id, f.frequency FROM report_form_element e JOIN report_form f ON f.id = e.report_form_id
                ORDER BY f.position, f.id""")
                .query((rs, n) -> Map.entry(rs.getLong(1), Frequency.valueOf(rs.getString(2))))
                .list().forEach(entry -> firstForm.putIfAbsent(entry.getKey(), entry.getValue()));
        Map<Long, ElementReading> byElement = elements().stream().collect(Collectors.toMap(DataElement::id,
                element -> new ElementReading(element.aggregation(), firstForm.getOrDefault(element.id(), Frequency.MONTHLY))));
        return List.of(new ElementReadings(Map.copyOf(byElement)));
    }

    /** Every active form (offered for new periods) with its newest rows and its rules, in the catalog's order. */
    @PreAuthorize("isAuthenticated()")
    public List<ReportForm> forms() {
        return allForms().stream().filter(ReportForm::active).toList();
    }

    /** Every form, retired ones included (their reports still open), each with all its versions. */
    @PreAuthorize("isAuthenticated()")
    public List<ReportForm> allForms() {
        return shared(ReportForm.class, this::readForms);
    }

    private List<ReportForm> readForms() {
        Map<Long, DataElement> elements = elements().stream().collect(Collectors.toMap(DataElement::id, Function.identity()));
        Map<Long, List<FormElement>> legacyRows = jdbc.sql("""
                SELECT report_form_id, data_element_id, position, section_zh, section_en FROM report_form_element
                WHERE report_form_id NOT IN (SELECT report_form_id FROM report_form_version) ORDER BY report_form_id, position""")
                .query((rs, n) -> Map.entry(rs.getLong("report_form_id"), formElement(rs, elements)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<FormElement>> versionRows = jdbc.sql("""
                SELECT form_version_id, data_element_id, position, section_zh, section_en FROM report_form_version_element
                ORDER BY form_version_id, position""")
                .query((rs, n) -> Map.entry(rs.getLong("form_version_id"), formElement(rs, elements)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<FormVersion>> versions = jdbc.sql("""
                SELECT id, report_form_id, version_number, valid_from FROM report_form_version ORDER BY report_form_id, valid_from""")
                .query((rs, n) -> Map.entry(rs.getLong("report_form_id"), new FormVersion(rs.getLong("id"), rs.getInt("version_number"),
                        rs.getObject("valid_from", LocalDate.class), versionRows.getOrDefault(rs.getLong("id"), List.of()))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<ValidationRule>> rules = jdbc.sql("""
                SELECT id, report_form_id, form_version_id, code, left_expression, operator, right_expression, severity,
                       message_zh, message_en, retired
                FROM validation_rule ORDER BY report_form_id, id""")
                .query((rs, n) -> Map.entry(rs.getLong("report_form_id"), rule(rs)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT id, code, name_zh, name_en, frequency, due_day, active, approval_levels FROM report_form ORDER BY position, code")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<FormVersion> kept = versions.getOrDefault(id,
                            List.of(new FormVersion(null, 1, FormVersion.SINCE_EVER, legacyRows.getOrDefault(id, List.of()))));
                    return ReportForm.withVersions(id, rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                            Frequency.valueOf(rs.getString("frequency")), rs.getInt("due_day"), rs.getBoolean("active"),
                            rules.getOrDefault(id, List.of()), ApprovalLevels.parse(rs.getString("approval_levels")), kept);
                })
                .list();
    }

    private FormElement formElement(ResultSet rs, Map<Long, DataElement> elements) throws SQLException {
        long elementId = rs.getLong("data_element_id");
        return new FormElement(elements.get(elementId), rs.getInt("position"), rs.getString("section_zh"),
                rs.getString("section_en"), cells(elementId));
    }

    /** A form, retired or not, standing for its newest version. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ReportForm> form(long id) {
        return allForms().stream().filter(f -> f.id() == id).findFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ReportForm> formByCode(String code) {
        return allForms().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The institutions that file a form, by id: all of them, or those within the reach of a user bound to an area or institution. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> assignedInstitutions(long formId) {
        List<Long> reach = currentUser.restriction(null);
        return jdbc.sql("SELECT institution_id FROM report_form_institution WHERE report_form_id = :form"
                        + (reach == null ? "" : " AND institution_id IN (:reach)") + " ORDER BY institution_id")
                .param("form", formId).params(reach == null ? Map.of() : Map.of("reach", reach)).query(Long.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isAssigned(long formId, long institutionId) {
        return jdbc.sql("SELECT COUNT(*) FROM report_form_institution WHERE report_form_id = :form AND institution_id = :institution")
                .param("form", formId).param("institution", institutionId).query(Integer.class).single() > 0;
    }

    /**
     * Sets the institutions listed to file a form (beside those its rule matches, see {@link FormAssignments});
     * reports already filed stay. A coordinator bound to an area sets the list for the institutions in it,
     * those of other areas stay as they are.
     */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public void assign(long formId, Collection<Long> institutionIds) {
        institutionIds.forEach(currentUser::requireReach);
        List<Long> reach = currentUser.restriction(null);
        jdbc.sql("DELETE FROM report_form_listed_institution WHERE report_form_id = :form" + (reach == null ? "" : " AND institution_id IN (:reach)"))
                .param("form", formId).params(reach == null ? Map.of() : Map.of("reach", reach)).update();
        for (Long institutionId : institutionIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO report_form_listed_institution (report_form_id, institution_id) VALUES (:form, :institution)")
                    .param("form", formId).param("institution", institutionId).update();
        }
        assignments.recompute(formId);
    }

    /** The institutions listed by hand to file a form (not those its rule matches), within the user's reach. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> listedInstitutions(long formId) {
        List<Long> reach = currentUser.restriction(null);
        return jdbc.sql("SELECT institution_id FROM report_form_listed_institution WHERE report_form_id = :form"
                        + (reach == null ? "" : " AND institution_id IN (:reach)") + " ORDER BY institution_id")
                .param("form", formId).params(reach == null ? Map.of() : Map.of("reach", reach)).query(Long.class).list();
    }

    /** Whether the user keeps the forms themselves (approval levels): administrators. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayConfigureForms() {
        return currentUser.require().role() == com.programdesk.security.domain.Role.ADMIN;
    }

    /**
     * Sets the levels that approve a form's reports, bottom up (e.g. county, then city); none: one
     * approval. Reports already waiting keep the levels they have passed. A form serves every area,
     * so administrators keep it.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setApprovalLevels(long formId, List<AreaLevel> levels) {
        if (!com.programdesk.statistics.catalog.domain.ApprovalLevels.isBottomUp(levels)) {
            throw new InvalidFieldException("approvalLevels", "statistics.error.approvalLevelsOrder");
        }
        String before = jdbc.sql("SELECT approval_levels FROM report_form WHERE id = :form").param("form", formId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .orElseThrow(() -> new InvalidFieldException("approvalLevels", "statistics.error.formMissing")).orElse(null);
        String after = com.programdesk.statistics.catalog.domain.ApprovalLevels.format(levels);
        jdbc.sql("UPDATE report_form SET approval_levels = :levels, version = version + 1 WHERE id = :form")
                .param("levels", after).param("form", formId).update();
        forgetCatalogue();
        audit.record(AuditAction.UPDATE, AuditedEntity.REPORT_FORM, formId,
                AuditChanges.between(java.util.Collections.singletonMap("approvalLevels", before),
                        java.util.Collections.singletonMap("approvalLevels", after)));
    }

    public static DataElement element(ResultSet rs, int rowNum) throws SQLException {
        return new DataElement(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("unit_zh"), rs.getString("unit_en"), Aggregation.valueOf(rs.getString("aggregation")),
                rs.getString("description_zh"), rs.getString("description_en"), rs.getString("national_code"),
                ValueType.valueOf(rs.getString("value_type")), rs.getString("short_name_zh"), rs.getString("short_name_en"),
                rs.getBoolean("retired"), rs.getObject("parent_id", Long.class), rs.getString("option_combo"));
    }

    /** The codes of the percentage elements, whose stored hundredths an expression reads as percentages. */
    public static Set<String> percentCodes(Collection<DataElement> elements) {
        return elements.stream().filter(e -> e.valueType() == ValueType.PERCENTAGE).map(DataElement::code).collect(Collectors.toSet());
    }

    private static Indicator indicator(ResultSet rs, Map<String, Long> elementIds, Set<String> percentCodes) throws SQLException {
        Expression numerator = stored(rs.getString("numerator_expression"), rs.getString("code"));
        String denominator = rs.getString("denominator_expression");
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                numerator, denominator == null || denominator.isBlank() ? null : stored(denominator, rs.getString("code")),
                rs.getInt("factor"), rs.getInt("decimals"), Direction.valueOf(rs.getString("direction")),
                rs.getString("description_zh"), rs.getString("description_en"), rs.getString("national_code"), rs.getBoolean("retired"),
                elementIds, percentCodes);
    }

    /** A stored expression was checked when saved; one that no longer parses names nothing, so it has no value. */
    private static Expression stored(String source, String indicatorCode) {
        try {
            return Expression.parse(source);
        } catch (ExpressionException e) {
            LOG.warn("Indicator {}: expression {} does not parse ({}); it has no value", indicatorCode, source, e.getMessage());
            return Expression.unreadable(source);
        }
    }

    /** A rule as stored; a side that no longer parses (or an unknown operator) leaves the rule unable to judge anything. */
    private static ValidationRule rule(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        return new ValidationRule(rs.getLong("id"), code, storedSide(rs.getString("left_expression"), code),
                RuleOperator.ofSymbol(rs.getString("operator")).orElse(RuleOperator.AT_MOST), storedSide(rs.getString("right_expression"), code),
                Severity.valueOf(rs.getString("severity")), rs.getString("message_zh"), rs.getString("message_en"), rs.getBoolean("retired"),
                rs.getObject("form_version_id", Long.class));
    }

    private static Expression storedSide(String source, String ruleCode) {
        try {
            return Expression.parseRule(source);
        } catch (ExpressionException e) {
            LOG.warn("Validation rule {}: expression {} does not parse ({}); the rule is skipped", ruleCode, source, e.getMessage());
            return Expression.unreadable(source);
        }
    }
}
