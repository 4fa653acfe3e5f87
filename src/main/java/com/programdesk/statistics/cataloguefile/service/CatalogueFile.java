package com.programdesk.statistics.cataloguefile.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.CatalogueChange;
import com.programdesk.statistics.catalog.domain.CatalogueChange.Action;
import com.programdesk.statistics.catalog.domain.CatalogueFileProblem;
import com.programdesk.statistics.catalog.domain.CatalogueImport;
import com.programdesk.statistics.catalog.domain.CatalogueItemKind;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.FormVersion;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary.FormName;
import com.programdesk.statistics.elements.service.CategoryMaintenance;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.elements.service.ElementOnFormsException;
import com.programdesk.statistics.expressions.domain.Expression;
import com.programdesk.statistics.expressions.domain.ExpressionException;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.programdesk.statistics.indicators.service.IndicatorRules;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.service.RuleMaintenance;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue as a file (目录文件), so that a province can hand its catalogue to its cities: JSON of the form
 * {@code {"format": "programdesk-catalogue", "version": 1, "categories": {CODE: {..., "options": [{"code": ...}]}},
 * "elements": {CODE: {..., "categories": [CATEGORY CODE]}}, "indicators": {...}, "forms": {...},
 * "rules": {FORM CODE: {RULE CODE: {...}}}}}, every item keyed by its code (a validation rule by its form's code and its own)
 * and naming others by code, never by id, with its retired flag. A split element's cells ({@code X.OPT}) are not items of
 * the file: they follow from its categories, and expressions and rows may name them.
 *
 * <p>Importing checks the whole file before anything counts: its format and version, that every code it names is an
 * element of the file or of this installation, and each item by the rules the maintenance services apply, by running
 * the file through them ({@link CategoryMaintenance}, {@link ElementMaintenance}, {@link FormMaintenance}, {@link IndicatorMaintenance},
 * {@link RuleMaintenance}) in one
 * transaction. Known codes are updated (only when something differs, and only by who keeps the item), new ones
 * created, retired flags carried; each change is audited as the pages audit it. With any problem the transaction is
 * rolled back and every problem listed; {@link #check} always rolls back, {@link #importFile} commits a clean file.
 * A form's rules are those of its newest version.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueFile implements CatalogueFileActions {

    public static final String FORMAT = "programdesk-catalogue";
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final List<String> ROOT_PROPERTIES = List.of("format", "version", "elements", "categories", "indicators", "forms",
            "rules");
    private static final List<String> CATEGORY_PROPERTIES = List.of("nameZh", "nameEn", "options", "retired");
    private static final List<String> OPTION_PROPERTIES = List.of("code", "nameZh", "nameEn");
    private static final List<String> ELEMENT_PROPERTIES = List.of("nameZh", "nameEn", "shortNameZh", "shortNameEn", "valueType",
            "aggregation", "unitZh", "unitEn", "descriptionZh", "descriptionEn", "categories", "retired");
    private static final List<String> INDICATOR_PROPERTIES = List.of("nameZh", "nameEn", "numerator", "denominator", "factor", "decimals",
            "direction", "descriptionZh", "descriptionEn", "retired");
    private static final List<String> FORM_PROPERTIES = List.of("nameZh", "nameEn", "frequency", "dueDay", "approvalLevels", "validFrom",
            "elements", "retired");
    private static final List<String> ROW_PROPERTIES = List.of("element", "sectionZh", "sectionEn");
    private static final List<String> RULE_PROPERTIES = List.of("left", "operator", "right", "severity", "messageZh", "messageEn",
            "retired");
    /** How a rule's code and its form's are written together in the list of problems and changes. */
    public static final String RULE_CODE_SEPARATOR = "/";
    /** The services' field names where the file names a property otherwise. */
    private static final Map<String, String> PROPERTY_OF_FIELD = Map.of(IndicatorRules.NUMERATOR, "numerator",
            IndicatorRules.DENOMINATOR, "denominator", RuleMaintenance.LEFT, "left", RuleMaintenance.RIGHT, "right");
    private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(Map.entry("nameZh", ElementDefinition.NAME_ZH_MAX),
            Map.entry("nameEn", ElementDefinition.NAME_EN_MAX), Map.entry("shortNameZh", ElementDefinition.SHORT_NAME_ZH_MAX),
            Map.entry("shortNameEn", ElementDefinition.SHORT_NAME_EN_MAX), Map.entry("unitZh", ElementDefinition.UNIT_MAX),
            Map.entry("unitEn", ElementDefinition.UNIT_MAX), Map.entry("descriptionZh", ElementDefinition.DESCRIPTION_MAX),
            Map.entry("descriptionEn", ElementDefinition.DESCRIPTION_MAX), Map.entry("numerator", IndicatorDefinition.EXPRESSION_MAX),
            Map.entry("denominator", IndicatorDefinition.EXPRESSION_MAX), Map.entry("messageZh", RuleDefinition.MESSAGE_MAX),
            Map.entry("messageEn", RuleDefinition.MESSAGE_MAX), Map.entry("left", RuleDefinition.EXPRESSION_MAX),
            Map.entry("right", RuleDefinition.EXPRESSION_MAX));

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final ElementMaintenance elements;
    private final CategoryMaintenance categories;
    private final IndicatorMaintenance indicators;
    private final FormMaintenance forms;
    private final RuleMaintenance rules;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ItemKind<ElementDefinition> elementItems;
    private final ItemKind<CategoryDefinition> categoryItems;
    private final ItemKind<FormDefinition> formItems;
    private final ItemKind<IndicatorDefinition> indicatorItems;
    private final ItemKind<RuleDefinition> ruleItems;

    CatalogueFile(JdbcClient jdbc, StatisticsCatalog catalog, ElementMaintenance elements, CategoryMaintenance categories,
                  IndicatorMaintenance indicators, FormMaintenance forms, RuleMaintenance rules, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.elements = elements;
        this.categories = categories;
        this.indicators = indicators;
        this.forms = forms;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
        elementItems = new ItemKind<>(CatalogueItemKind.ELEMENT, CatalogueFile::values, elements::save,
                e -> elements.setRetired(e, false), ElementDefinition::getNameZh);
        categoryItems = new ItemKind<>(CatalogueItemKind.CATEGORY, CatalogueFile::values, categories::save,
                c -> categories.setRetired(c, false), CategoryDefinition::getNameZh);
        formItems = new ItemKind<>(CatalogueItemKind.FORM, CatalogueFile::values, forms::save, f -> forms.setActive(f, true),
                FormDefinition::getNameZh);
        indicatorItems = new ItemKind<>(CatalogueItemKind.INDICATOR, CatalogueFile::values, indicators::save,
                i -> indicators.setRetired(i, false), IndicatorDefinition::getNameZh);
        ruleItems = new ItemKind<>(CatalogueItemKind.RULE, CatalogueFile::values, rules::save, r -> rules.setRetired(r, false),
                RuleDefinition::getMessageZh);
    }

    /** programdesk-catalogue-20261203.json: the name a download of today's catalogue gets. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Override
    public String fileName() {
        return "programdesk-catalogue-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".json";
    }

    /**
     * The whole catalogue as a file (UTF-8 JSON): elements by code, indicators and forms in the catalogue's order,
     * retired ones included and marked; each form with its newest version's rows and the period that version starts, and
     * the rules of that version by form code, then rule code.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Override
    public byte[] export() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode categoriesNode = root.putObject("categories");
        Map<Long, String> categoryCodes = new HashMap<>();
        for (CategoryDefinition category : categories.list(true)) {
            categoryCodes.put(category.getId(), category.getCode());
            ObjectNode item = categoriesNode.putObject(category.getCode());
            text(item, "nameZh", category.getNameZh());
            text(item, "nameEn", category.getNameEn());
            ArrayNode options = item.putArray("options");
            for (CategoryOption option : category.getOptions()) {
                ObjectNode optionNode = options.addObject();
                optionNode.put("code", option.code());
                text(optionNode, "nameZh", option.nameZh());
                text(optionNode, "nameEn", option.nameEn());
            }
            item.put("retired", category.isRetired());
        }
        ObjectNode elementsNode = root.putObject("elements");
        jdbc.sql("""
                SELECT code, name_zh, name_en, short_name_zh, short_name_en, value_type, aggregation, unit_zh, unit_en,
                       description_zh, description_en, first_category_id, second_category_id, retired
                FROM data_element WHERE parent_id IS NULL ORDER BY code""").query((rs, n) -> {
            ObjectNode item = elementsNode.putObject(rs.getString("code"));
            text(item, "nameZh", rs.getString("name_zh"));
            text(item, "nameEn", rs.getString("name_en"));
            text(item, "shortNameZh", rs.getString("short_name_zh"));
            text(item, "shortNameEn", rs.getString("short_name_en"));
            item.put("valueType", rs.getString("value_type"));
            item.put("aggregation", rs.getString("aggregation"));
            text(item, "unitZh", rs.getString("unit_zh"));
            text(item, "unitEn", rs.getString("unit_en"));
            text(item, "descriptionZh", rs.getString("description_zh"));
            text(item, "descriptionEn", rs.getString("description_en"));
            Long first = rs.getObject("first_category_id", Long.class);
            Long second = rs.getObject("second_category_id", Long.class);
            if (first != null || second != null) {
                ArrayNode split = item.putArray("categories");
                for (Long category : Arrays.asList(first, second)) {
                    if (category != null) {
                        split.add(categoryCodes.get(category));
                    }
                }
            }
            item.put("retired", rs.getBoolean("retired"));
            return item;
        }).list();
        ObjectNode indicatorsNode = root.putObject("indicators");
        jdbc.sql("""
                SELECT code, name_zh, name_en, numerator_expression, denominator_expression, factor, decimals, direction,
                       description_zh, description_en, retired
                FROM indicator ORDER BY position, code""").query((rs, n) -> {
            ObjectNode item = indicatorsNode.putObject(rs.getString("code"));
            text(item, "nameZh", rs.getString("name_zh"));
            text(item, "nameEn", rs.getString("name_en"));
            text(item, "numerator", rs.getString("numerator_expression"));
            text(item, "denominator", rs.getString("denominator_expression"));
            item.put("factor", rs.getInt("factor"));
            item.put("decimals", rs.getInt("decimals"));
            item.put("direction", rs.getString("direction"));
            text(item, "descriptionZh", rs.getString("description_zh"));
            text(item, "descriptionEn", rs.getString("description_en"));
            item.put("retired", rs.getBoolean("retired"));
            return item;
        }).list();
        ObjectNode formsNode = root.putObject("forms");
        for (ReportForm form : catalog.allForms()) {
            ObjectNode item = formsNode.putObject(form.code());
            text(item, "nameZh", form.nameZh());
            text(item, "nameEn", form.nameEn());
            item.put("frequency", form.frequency().name());
            item.put("dueDay", form.dueDay());
            ArrayNode levels = item.putArray("approvalLevels");
            form.approvalLevels().forEach(l -> levels.add(l.name()));
            FormVersion newest = form.newestVersion();
            item.put("validFrom", newest.validFrom().toString());
            ArrayNode rows = item.putArray("elements");
            for (FormElement row : newest.elements()) {
                ObjectNode rowNode = rows.addObject();
                rowNode.put("element", row.element().code());
                text(rowNode, "sectionZh", row.sectionZh());
                text(rowNode, "sectionEn", row.sectionEn());
            }
            item.put("retired", !form.active());
        }
        ObjectNode rulesNode = root.putObject("rules");
        for (ReportForm form : catalog.allForms().stream().sorted(Comparator.comparing(ReportForm::code)).toList()) {
            ObjectNode formRules = JSON.createObjectNode();
            Long newest = form.newestVersion().id();
            jdbc.sql("SELECT code, left_expression, operator, right_expression, severity, message_zh, message_en, retired"
                            + " FROM validation_rule WHERE report_form_id = :form AND "
                            + (newest == null ? "form_version_id IS NULL" : "(form_version_id = :version OR form_version_id IS NULL)")
                            + " ORDER BY code, id")
                    .param("form", form.id()).params(newest == null ? Map.of() : Map.of("version", newest))
                    .query((RowCallbackHandler) rs -> {
                        if (formRules.has(rs.getString("code"))) {
                            return; // a rule written around the portal for every version under a code the version has too
                        }
                        ObjectNode item = formRules.putObject(rs.getString("code"));
                        text(item, "left", rs.getString("left_expression"));
                        item.put("operator", rs.getString("operator"));
                        text(item, "right", rs.getString("right_expression"));
                        item.put("severity", rs.getString("severity"));
                        text(item, "messageZh", rs.getString("message_zh"));
                        text(item, "messageEn", rs.getString("message_en"));
                        item.put("retired", rs.getBoolean("retired"));
                    });
            if (!formRules.isEmpty()) {
                rulesNode.set(form.code(), formRules);
            }
        }
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void text(ObjectNode item, String property, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            item.put(property, value);
        }
    }

    /** Checks a file as {@link #importFile} would write it and lists every problem or every change; writes nothing. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    @Override
    public CatalogueImport check(byte[] file) {
        return run(file, false);
    }

    /**
     * Writes a file into the catalogue: every change in one transaction, or, with any problem, nothing (the problems
     * are returned). Callable by start-up work as the system actor ({@code SystemActor.call(() -> importFile(bytes))}).
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    @Override
    public CatalogueImport importFile(byte[] file) {
        return run(file, true);
    }

    private CatalogueImport run(byte[] file, boolean write) {
        List<CatalogueFileProblem> problems = new ArrayList<>();
        Parsed parsed = parse(file, problems);
        if (parsed == null) {
            rollBack();
            return CatalogueImport.refused(problems);
        }
        Applied applied = new Applied(problems);
        apply(parsed, applied);
        List<CatalogueFileProblem> listed = problems.stream().sorted(Comparator.comparing(CatalogueFileProblem::kind)).toList();
        if (!listed.isEmpty()) {
            rollBack();
            return CatalogueImport.refused(listed);
        }
        if (!write) {
            rollBack();
        }
        return new CatalogueImport(List.of(), applied.changes, applied.unchanged, write && !applied.changes.isEmpty());
    }

    private static void rollBack() {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }

    // ---------------------------------------------------------------- reading the file

    private record CategoryItem(String code, CategoryDefinition fields, boolean retired, boolean bad) {
    }

    /** An element with the codes of the categories it is split by and of the cells they give it. */
    private record ElementItem(String code, ElementDefinition fields, List<String> categories, List<String> cells, boolean retired,
                               boolean bad) {
    }

    private record IndicatorItem(String code, IndicatorDefinition fields, boolean retired, boolean bad) {
    }

    private record RowItem(String element, @Nullable String sectionZh, @Nullable String sectionEn) {
    }

    private record FormItem(String code, FormDefinition fields, List<RowItem> rows, boolean retired, boolean bad) {
    }

    /** A rule of the form {@code form}; {@code fields} carries no form id yet. */
    private record RuleItem(String form, String code, RuleDefinition fields, boolean retired, boolean bad) {

        String key() {
            return form + RULE_CODE_SEPARATOR + code;
        }
    }

    private record Parsed(List<CategoryItem> categories, List<ElementItem> elements, List<IndicatorItem> indicators, List<FormItem> forms, List<RuleItem> rules) {
    }

    /** The file's items, each read and checked on its own and against the codes known; null when the file cannot be read at all. */
    private @Nullable Parsed parse(byte[] file, List<CatalogueFileProblem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(CatalogueFileProblem.ofFile("catalogueFile.error.notJson", line, column));
            return null;
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            problems.add(CatalogueFileProblem.ofFile("catalogueFile.error.format", FORMAT));
            return null;
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.intValue() != VERSION) {
            problems.add(CatalogueFileProblem.ofFile("catalogueFile.error.version", version.asString(""), VERSION));
            return null;
        }
        for (String property : root.propertyNames()) {
            if (!ROOT_PROPERTIES.contains(property)) {
                problems.add(CatalogueFileProblem.ofFile("catalogueFile.error.unknownProperty", property));
            }
        }
        Map<String, JsonNode> categoryNodes = items(root, "categories", problems);
        Map<String, JsonNode> elementNodes = items(root, "elements", problems);
        Map<String, JsonNode> indicatorNodes = items(root, "indicators", problems);
        Map<String, JsonNode> formNodes = items(root, "forms", problems);
        Map<String, JsonNode> ruleNodes = items(root, "rules", problems);

        Map<String, Known> knownElements = known("data_element");
        Map<String, Known> knownIndicators = known("indicator");
        Map<String, Known> knownForms = known("report_form");
        Set<String> elementCodes = new HashSet<>(knownElements.keySet());
        elementCodes.addAll(elementNodes.keySet());
        Set<String> indicatorCodes = new HashSet<>(knownIndicators.keySet());
        indicatorCodes.addAll(indicatorNodes.keySet());

        Map<String, Known> knownCategories = known("category");
        Map<String, List<String>> optionCodes = storedOptionCodes();
        List<CategoryItem> categoryItems = new ArrayList<>();
        categoryNodes.forEach((code, node) -> {
            Props props = new Props(CatalogueItemKind.CATEGORY, code, node, CATEGORY_PROPERTIES, problems);
            props.code(knownCategories.containsKey(code), "dataElement.error.codePattern");
            CategoryDefinition category = new CategoryDefinition();
            category.setCode(code);
            String nameZh = props.text("nameZh");
            String nameEn = props.text("nameEn");
            category.setNameZh(nameZh == null ? "" : nameZh);
            category.setNameEn(nameEn == null ? "" : nameEn);
            category.setOptions(props.options("options"));
            optionCodes.put(code, category.getOptions().stream().map(CategoryOption::code).toList());
            categoryItems.add(new CategoryItem(code, category, props.flag("retired"), props.bad));
        });

        List<ElementItem> elementItems = new ArrayList<>();
        elementNodes.forEach((code, node) -> {
            Props props = new Props(CatalogueItemKind.ELEMENT, code, node, ELEMENT_PROPERTIES, problems);
            props.code(knownElements.containsKey(code), "dataElement.error.codePattern");
            ElementDefinition element = new ElementDefinition();
            element.setCode(code);
            element.setNameZh(props.text("nameZh"));
            element.setNameEn(props.text("nameEn"));
            element.setShortNameZh(props.text("shortNameZh"));
            element.setShortNameEn(props.text("shortNameEn"));
            element.setValueType(props.choice("valueType", ValueType.class));
            element.setAggregation(props.choice("aggregation", Aggregation.class));
            element.setUnitZh(props.text("unitZh"));
            element.setUnitEn(props.text("unitEn"));
            element.setDescriptionZh(props.text("descriptionZh"));
            element.setDescriptionEn(props.text("descriptionEn"));
            List<String> split = props.codes("categories");
            List<String> cells = new ArrayList<>();
            if (split.size() > 2) {
                props.problem("categories", "catalogueFile.error.tooManyCategories");
            } else if (!split.isEmpty()) {
                for (String category : split) {
                    if (!optionCodes.containsKey(category)) {
                        props.problem("categories", "catalogueFile.error.unknownCategory", category);
                    }
                }
                if (split.stream().allMatch(optionCodes::containsKey)) {
                    // the cells' codes, so that expressions and rows may name them: X.OPT, X.OPT1.OPT2
                    for (String option : optionCodes.get(split.getFirst())) {
                        if (split.size() == 1) {
                            cells.add(code + "." + option);
                        } else {
                            optionCodes.get(split.get(1)).forEach(o -> cells.add(code + "." + option + "." + o));
                        }
                    }
                    elementCodes.addAll(cells);
                }
            }
            elementItems.add(new ElementItem(code, element, split, cells, props.flag("retired"), props.bad));
        });

        List<IndicatorItem> indicatorItems = new ArrayList<>();
        indicatorNodes.forEach((code, node) -> {
            Props props = new Props(CatalogueItemKind.INDICATOR, code, node, INDICATOR_PROPERTIES, problems);
            props.code(knownIndicators.containsKey(code), "dataElement.error.codePattern");
            IndicatorDefinition indicator = new IndicatorDefinition();
            indicator.setCode(code);
            indicator.setNameZh(props.text("nameZh"));
            indicator.setNameEn(props.text("nameEn"));
            String numerator = props.text("numerator");
            String denominator = props.text("denominator");
            indicator.setNumeratorExpression(numerator);
            indicator.setDenominatorExpression(denominator);
            indicator.setFactor(props.whole("factor"));
            indicator.setDecimals(props.whole("decimals"));
            indicator.setDirection(props.choice("direction", Direction.class));
            indicator.setDescriptionZh(props.text("descriptionZh"));
            indicator.setDescriptionEn(props.text("descriptionEn"));
            for (String side : List.of("numerator", "denominator")) {
                for (String named : codesOf(side.equals("numerator") ? numerator : denominator)) {
                    if (!elementCodes.contains(named)) {
                        props.problem(side, indicatorCodes.contains(named) ? "expression.error.namesIndicator"
                                : "catalogueFile.error.unknownElement", named);
                    }
                }
            }
            indicatorItems.add(new IndicatorItem(code, indicator, props.flag("retired"), props.bad));
        });

        List<FormItem> formItems = new ArrayList<>();
        formNodes.forEach((code, node) -> {
            Props props = new Props(CatalogueItemKind.FORM, code, node, FORM_PROPERTIES, problems);
            props.code(knownForms.containsKey(code), "reportForm.error.code");
            FormDefinition form = new FormDefinition();
            form.setCode(code);
            form.setNameZh(props.text("nameZh"));
            form.setNameEn(props.text("nameEn"));
            form.setFrequency(props.choice("frequency", Frequency.class));
            Integer dueDay = props.whole("dueDay");
            form.setDueDay(dueDay == null ? 0 : dueDay);
            form.setApprovalLevels(props.levels("approvalLevels"));
            form.setValidFrom(props.date("validFrom"));
            List<RowItem> rows = props.rows("elements");
            for (RowItem row : rows) {
                if (!elementCodes.contains(row.element())) {
                    props.problem("elements", "catalogueFile.error.unknownElement", row.element());
                }
            }
            formItems.add(new FormItem(code, form, rows, props.flag("retired"), props.bad));
        });

        List<RuleItem> ruleItems = new ArrayList<>();
        ruleNodes.forEach((formCode, formNode) -> {
            if (!knownForms.containsKey(formCode) && !formNodes.containsKey(formCode)) {
                problems.add(new CatalogueFileProblem(CatalogueItemKind.RULE, formCode, "", "catalogueFile.error.unknownForm",
                        List.of(formCode)));
                return;
            }
            if (!formNode.isObject()) {
                problems.add(new CatalogueFileProblem(CatalogueItemKind.RULE, formCode, "", "catalogueFile.error.notObject",
                        List.of("rules")));
                return;
            }
            for (Map.Entry<String, JsonNode> entry : formNode.properties()) {
                String code = entry.getKey();
                Props props = new Props(CatalogueItemKind.RULE, formCode + RULE_CODE_SEPARATOR + code, entry.getValue(), RULE_PROPERTIES,
                        problems);
                if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
                    props.problem("code", "dataElement.error.codePattern");
                }
                RuleDefinition rule = new RuleDefinition();
                rule.setCode(code);
                String left = props.text("left");
                String right = props.text("right");
                rule.setLeftExpression(left == null ? "" : left);
                rule.setRightExpression(right == null ? "" : right);
                rule.setOperator(props.operator("operator"));
                rule.setSeverity(props.choice("severity", Severity.class));
                String messageZh = props.text("messageZh");
                String messageEn = props.text("messageEn");
                rule.setMessageZh(messageZh == null ? "" : messageZh);
                rule.setMessageEn(messageEn == null ? "" : messageEn);
                for (String side : List.of("left", "right")) {
                    for (String named : ruleCodesOf(side.equals("left") ? left : right)) {
                        if (!elementCodes.contains(named)) {
                            props.problem(side, "catalogueFile.error.unknownElement", named);
                        }
                    }
                }
                ruleItems.add(new RuleItem(formCode, code, rule, props.flag("retired"), props.bad));
            }
        });
        return new Parsed(categoryItems, elementItems, indicatorItems, formItems, ruleItems);
    }

    /** The option codes of this installation's categories, in order, by category code. */
    private Map<String, List<String>> storedOptionCodes() {
        Map<String, List<String>> options = new HashMap<>();
        jdbc.sql("SELECT c.code AS category, o.code FROM category c JOIN category_option o ON o.category_id = c.id ORDER BY c.code, o.position, o.id")
                .query((RowCallbackHandler) rs -> options.computeIfAbsent(rs.getString("category"), c -> new ArrayList<>()).add(rs.getString("code")));
        return options;
    }

    /** The items of one kind, keyed by code in the file's order; none when the file leaves the kind out. */
    private static Map<String, JsonNode> items(JsonNode root, String property, List<CatalogueFileProblem> problems) {
        JsonNode node = root.get(property);
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isObject()) {
            problems.add(CatalogueFileProblem.ofFile("catalogueFile.error.notObject", property));
            return items;
        }
        for (Map.Entry<String, JsonNode> item : node.properties()) {
            items.put(item.getKey(), item.getValue());
        }
        return items;
    }

    private static List<String> codesOf(@Nullable String source) {
        try {
            return source == null || source.isBlank() ? List.of() : Expression.parse(source).codes();
        } catch (ExpressionException e) {
            return List.of(); // the indicator's rules name the syntax error when it is saved
        }
    }

    /** The elements a rule's side names, this period's and last period's; none when it does not parse (the rule's check says so). */
    private static List<String> ruleCodesOf(@Nullable String source) {
        try {
            if (source == null || source.isBlank()) {
                return List.of();
            }
            Expression side = Expression.parseRule(source);
            Set<String> codes = new LinkedHashSet<>(side.codes());
            codes.addAll(side.previousCodes());
            return List.copyOf(codes);
        } catch (ExpressionException e) {
            return List.of();
        }
    }

    /** Reads one item's properties, listing what is not of the right kind; {@link #bad} once anything was listed. */
    private static final class Props {

        private final CatalogueItemKind kind;
        private final String code;
        private final JsonNode node;
        private final List<CatalogueFileProblem> problems;
        boolean bad;

        Props(CatalogueItemKind kind, String code, JsonNode node, List<String> allowed, List<CatalogueFileProblem> problems) {
            this.kind = kind;
            this.code = code;
            this.node = node;
            this.problems = problems;
            if (!node.isObject()) {
                problem("", "catalogueFile.error.notAnItem");
                return;
            }
            for (String property : node.propertyNames()) {
                if (!allowed.contains(property)) {
                    problem(property, "catalogueFile.error.unknownProperty", property);
                }
            }
        }

        /** A code this installation does not know yet must be one the pages accept (they would upper-case it: a file keeps it). */
        void code(boolean known, String messageKey) {
            if (!known && !ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
                problem("code", messageKey);
            }
        }

        void problem(String property, String messageKey, Serializable... arguments) {
            problems.add(new CatalogueFileProblem(kind, code, property, messageKey, List.of(arguments)));
            bad = true;
        }

        private @Nullable JsonNode value(String property) {
            JsonNode value = node.isObject() ? node.get(property) : null;
            return value == null || value.isNull() ? null : value;
        }

        @Nullable String text(String property) {
            JsonNode value = value(property);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                problem(property, "catalogueFile.error.notText");
                return null;
            }
            return value.stringValue();
        }

        @Nullable Integer whole(String property) {
            JsonNode value = value(property);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem(property, "catalogueFile.error.notWholeNumber");
                return null;
            }
            return value.intValue();
        }

        boolean flag(String property) {
            JsonNode value = value(property);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                problem(property, "catalogueFile.error.notFlag");
                return false;
            }
            return value.booleanValue();
        }

        <E extends Enum<E>> @Nullable E choice(String property, Class<E> type) {
            String text = text(property);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                problem(property, "catalogueFile.error.choice", text,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        @Nullable RuleOperator operator(String property) {
            String text = text(property);
            if (text == null) {
                return null;
            }
            Optional<RuleOperator> operator = RuleOperator.ofSymbol(text);
            if (operator.isEmpty()) {
                problem(property, "catalogueFile.error.choice", text,
                        Arrays.stream(RuleOperator.values()).map(RuleOperator::symbol).collect(Collectors.joining(" ")));
                return null;
            }
            return operator.get();
        }

        @Nullable LocalDate date(String property) {
            String text = text(property);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problem(property, "catalogueFile.error.date", text);
                return null;
            }
        }

        List<AreaLevel> levels(String property) {
            JsonNode value = value(property);
            if (value == null) {
                return List.of();
            }
            List<AreaLevel> levels = new ArrayList<>();
            if (!value.isArray()) {
                problem(property, "catalogueFile.error.notList");
                return levels;
            }
            for (JsonNode level : value.values()) {
                try {
                    levels.add(AreaLevel.valueOf(level.asString("")));
                } catch (IllegalArgumentException e) {
                    problem(property, "catalogueFile.error.choice", level.asString(""),
                            Arrays.stream(AreaLevel.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
            }
            return levels;
        }

        /** A list of codes (an element's categories). */
        List<String> codes(String property) {
            JsonNode value = value(property);
            List<String> codes = new ArrayList<>();
            if (value == null) {
                return codes;
            }
            if (!value.isArray()) {
                problem(property, "catalogueFile.error.notList");
                return codes;
            }
            for (JsonNode code : value.values()) {
                if (!code.isString() || code.stringValue().isBlank()) {
                    problem(property, "catalogueFile.error.notText");
                    continue;
                }
                codes.add(code.stringValue().strip());
            }
            return codes;
        }

        /** A category's options in order, each {@code {"code": ..., "nameZh": ..., "nameEn": ...}}. */
        List<CategoryOption> options(String property) {
            JsonNode value = value(property);
            List<CategoryOption> options = new ArrayList<>();
            if (value == null) {
                return options;
            }
            if (!value.isArray()) {
                problem(property, "catalogueFile.error.notList");
                return options;
            }
            for (JsonNode option : value.values()) {
                if (!option.isObject() || OPTION_PROPERTIES.stream().anyMatch(p -> option.get(p) == null || !option.get(p).isString())) {
                    problem(property, "catalogueFile.error.option");
                    continue;
                }
                for (String name : option.propertyNames()) {
                    if (!OPTION_PROPERTIES.contains(name)) {
                        problem(property, "catalogueFile.error.unknownProperty", name);
                    }
                }
                String code = option.get("code").stringValue().strip();
                if (!CategoryOption.CODE_PATTERN.matcher(code).matches()) {
                    problem(property, "category.error.optionCode");
                }
                options.add(new CategoryOption(code, option.get("nameZh").stringValue(), option.get("nameEn").stringValue()));
            }
            return options;
        }

        List<RowItem> rows(String property) {
            JsonNode value = value(property);
            List<RowItem> rows = new ArrayList<>();
            if (value == null) {
                return rows;
            }
            if (!value.isArray()) {
                problem(property, "catalogueFile.error.notList");
                return rows;
            }
            for (JsonNode row : value.values()) {
                JsonNode element = row.isObject() ? row.get("element") : null;
                if (element == null || !element.isString() || element.stringValue().isBlank()) {
                    problem(property, "catalogueFile.error.row");
                    continue;
                }
                for (String name : row.propertyNames()) {
                    if (!ROW_PROPERTIES.contains(name)) {
                        problem(property, "catalogueFile.error.unknownProperty", name);
                    }
                }
                rows.add(new RowItem(element.stringValue().strip(), rowText(row, "sectionZh", property), rowText(row, "sectionEn", property)));
            }
            return rows;
        }

        private @Nullable String rowText(JsonNode row, String name, String property) {
            JsonNode value = row.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                problem(property, "catalogueFile.error.notText");
                return null;
            }
            return value.stringValue();
        }
    }

    // ---------------------------------------------------------------- writing through the maintenance services

    /** An item this installation has: its id and the path of the area that keeps it (none: the province). */
    private record Known(long id, @Nullable String areaPath) {
    }

    private Map<String, Known> known(String table) {
        Map<String, Known> known = new HashMap<>();
        jdbc.sql("SELECT x.code, x.id, a.path FROM " + table + " x LEFT JOIN area a ON a.id = x.area_id")
                .query((RowCallbackHandler) rs -> known.put(rs.getString("code"), new Known(rs.getLong("id"), rs.getString("path"))));
        return known;
    }

    /** What the run did so far: the problems, the changes, and the new elements it could not make (which others may name). */
    private static final class Applied {

        final List<CatalogueFileProblem> problems;
        final List<CatalogueChange> changes = new ArrayList<>();
        final Set<String> failedElements = new HashSet<>();
        int unchanged;

        Applied(List<CatalogueFileProblem> problems) {
            this.problems = problems;
        }

        void change(CatalogueItemKind kind, String code, @Nullable String nameZh, Action action) {
            changes.add(new CatalogueChange(kind, code, nameZh == null ? "" : nameZh, action));
        }

        void refused(CatalogueItemKind kind, String code, RuntimeException e) {
            if (e instanceof InvalidFieldException invalid) {
                String property = PROPERTY_OF_FIELD.getOrDefault(invalid.field(), invalid.field());
                List<Serializable> arguments = switch (invalid) {
                    case ExpressionRefusedException expression -> Arrays.stream(expression.arguments())
                            .map(a -> a instanceof Serializable s ? s : String.valueOf(a)).toList();
                    case ElementOnFormsException onForms -> List.of(onForms.forms().stream().map(FormName::code)
                            .collect(Collectors.joining("、")));
                    default -> "validation.maxLength".equals(invalid.messageKey())
                            ? List.of(MAX_LENGTHS.getOrDefault(property, 0)) : List.of();
                };
                problems.add(new CatalogueFileProblem(kind, code, property, invalid.messageKey(), arguments));
            } else if (e instanceof AccessDeniedException) {
                problems.add(new CatalogueFileProblem(kind, code, "", "catalogueFile.error.notKeeper", List.of()));
            } else {
                problems.add(new CatalogueFileProblem(kind, code, "", "catalogueFile.error.changedMeanwhile", List.of()));
            }
        }
    }

    /**
     * Categories first, then elements (new ones, changes, those brought back; an element's categories and so its cells), then forms, which put them on their rows, then indicators,
     * whose period check reads the forms; retiring comes last (forms before the elements they hold). A form or indicator
     * naming a new element that could not be made is left out silently: the element's own problem is listed already.
     */
    private void apply(Parsed parsed, Applied applied) {
        Map<String, ElementDefinition> currentElements = new HashMap<>();
        Map<String, FormDefinition> currentForms = new HashMap<>();
        Map<String, IndicatorDefinition> currentIndicators = new HashMap<>();
        Map<String, RuleDefinition> currentRules = new HashMap<>();
        Map<String, Known> knownElements = known("data_element");
        Map<String, Long> elementIds = new HashMap<>();
        knownElements.forEach((code, known) -> elementIds.put(code, known.id()));

        Map<String, CategoryDefinition> currentCategories = new HashMap<>();
        Map<String, Known> knownCategories = known("category");
        Map<String, Long> categoryIds = new HashMap<>();
        knownCategories.forEach((code, known) -> categoryIds.put(code, known.id()));
        Set<String> failedCategories = new HashSet<>();
        for (CategoryItem item : parsed.categories()) {
            CategoryDefinition written = null;
            if (!item.bad()) {
                try {
                    written = writeCategory(item, knownCategories.get(item.code()), applied);
                } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
                    applied.refused(CatalogueItemKind.CATEGORY, item.code(), e);
                }
            }
            if (written != null) {
                currentCategories.put(item.code(), written);
                categoryIds.put(item.code(), written.getId());
            } else if (!knownCategories.containsKey(item.code())) {
                failedCategories.add(item.code()); // a new category not made: an element split by it is left out
            }
        }

        for (ElementItem item : parsed.elements()) {
            ElementDefinition written = null;
            if (!item.bad() && item.categories().stream().noneMatch(failedCategories::contains)) {
                List<Long> split = item.categories().stream().map(categoryIds::get).toList();
                item.fields().setFirstCategoryId(split.isEmpty() ? null : split.getFirst());
                item.fields().setSecondCategoryId(split.size() < 2 ? null : split.get(1));
                try {
                    written = writeElement(item, knownElements.get(item.code()), applied);
                } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
                    applied.refused(CatalogueItemKind.ELEMENT, item.code(), e);
                }
            }
            if (written != null) {
                currentElements.put(item.code(), written);
                elementIds.put(item.code(), written.getId());
            } else {
                if (!knownElements.containsKey(item.code())) {
                    applied.failedElements.add(item.code()); // a new element not made: what names it cannot be written either
                }
                item.cells().stream().filter(c -> !knownElements.containsKey(c)).forEach(applied.failedElements::add);
            }
        }
        known("data_element").forEach((code, known) -> elementIds.putIfAbsent(code, known.id())); // the cells just made

        Map<String, Known> knownForms = known("report_form");
        for (FormItem item : parsed.forms()) {
            if (item.bad() || item.rows().stream().anyMatch(r -> applied.failedElements.contains(r.element()))) {
                continue;
            }
            try {
                List<FormRow> rows = item.rows().stream().map(r -> new FormRow(elementIds.get(r.element()), r.sectionZh(), r.sectionEn()))
                        .toList();
                FormDefinition written = writeForm(item, rows, knownForms.get(item.code()), applied);
                if (written != null) {
                    currentForms.put(item.code(), written);
                }
            } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
                applied.refused(CatalogueItemKind.FORM, item.code(), e);
            }
        }

        Map<String, Known> knownIndicators = known("indicator");
        for (IndicatorItem item : parsed.indicators()) {
            IndicatorDefinition fields = item.fields();
            if (item.bad() || codesOf(fields.getNumeratorExpression()).stream().anyMatch(applied.failedElements::contains)
                    || codesOf(fields.getDenominatorExpression()).stream().anyMatch(applied.failedElements::contains)) {
                continue;
            }
            try {
                IndicatorDefinition written = writeIndicator(item, knownIndicators.get(item.code()), applied);
                if (written != null) {
                    currentIndicators.put(item.code(), written);
                }
            } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
                applied.refused(CatalogueItemKind.INDICATOR, item.code(), e);
            }
        }

        Set<String> formsInFile = parsed.forms().stream().map(FormItem::code).collect(Collectors.toSet());
        for (RuleItem item : parsed.rules()) {
            // a form of the file that could not be written has its problem listed; its rules are left out
            Long formId = formsInFile.contains(item.form())
                    ? (currentForms.containsKey(item.form()) ? currentForms.get(item.form()).getId() : null)
                    : knownForms.get(item.form()) == null ? null : knownForms.get(item.form()).id();
            if (item.bad() || formId == null || ruleCodesOf(item.fields().getLeftExpression()).stream().anyMatch(applied.failedElements::contains)
                    || ruleCodesOf(item.fields().getRightExpression()).stream().anyMatch(applied.failedElements::contains)) {
                continue;
            }
            try {
                RuleDefinition written = writeRule(item, formId, applied);
                if (written != null) {
                    currentRules.put(item.key(), written);
                }
            } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
                applied.refused(CatalogueItemKind.RULE, item.key(), e);
            }
        }

        for (RuleItem item : parsed.rules()) {
            RuleDefinition rule = currentRules.get(item.key());
            if (item.retired() && rule != null && !rule.isRetired()) {
                retire(CatalogueItemKind.RULE, item.key(), rule.getMessageZh(), applied, () -> rules.setRetired(rule, true));
            }
        }

        for (FormItem item : parsed.forms()) {
            FormDefinition form = currentForms.get(item.code());
            if (item.retired() && form != null && form.isActive()) {
                retire(CatalogueItemKind.FORM, item.code(), form.getNameZh(), applied, () -> forms.setActive(form, false));
            }
        }
        for (ElementItem item : parsed.elements()) {
            ElementDefinition element = currentElements.get(item.code());
            if (item.retired() && element != null && !element.isRetired()) {
                retire(CatalogueItemKind.ELEMENT, item.code(), element.getNameZh(), applied, () -> elements.setRetired(element, true));
            }
        }
        for (IndicatorItem item : parsed.indicators()) {
            IndicatorDefinition indicator = currentIndicators.get(item.code());
            if (item.retired() && indicator != null && !indicator.isRetired()) {
                retire(CatalogueItemKind.INDICATOR, item.code(), indicator.getNameZh(), applied,
                        () -> indicators.setRetired(indicator, true));
            }
        }
        for (CategoryItem item : parsed.categories()) {
            CategoryDefinition category = currentCategories.get(item.code());
            if (item.retired() && category != null && !category.isRetired()) {
                retire(CatalogueItemKind.CATEGORY, item.code(), category.getNameZh(), applied, () -> categories.setRetired(category, true));
            }
        }
    }

    private static void retire(CatalogueItemKind kind, String code, String nameZh, Applied applied, Runnable retire) {
        try {
            retire.run();
            applied.change(kind, code, nameZh, Action.RETIRE);
        } catch (InvalidFieldException | AccessDeniedException | OptimisticLockingFailureException e) {
            applied.refused(kind, code, e);
        }
    }

    /** The element as written, or null when it is kept by another area and the file would change it (listed). */
    private @Nullable ElementDefinition writeElement(ElementItem item, @Nullable Known known, Applied applied) {
        if (known == null) {
            ElementDefinition created = elements.save(item.fields());
            applied.change(CatalogueItemKind.ELEMENT, item.code(), created.getNameZh(), Action.CREATE);
            return created;
        }
        ElementDefinition stored = elements.find(known.id()).orElseThrow();
        ElementDefinition edited = stored.copy();
        ElementDefinition file = item.fields();
        edited.setNameZh(file.getNameZh());
        edited.setNameEn(file.getNameEn());
        edited.setShortNameZh(file.getShortNameZh());
        edited.setShortNameEn(file.getShortNameEn());
        edited.setValueType(file.getValueType());
        edited.setAggregation(file.getAggregation());
        edited.setUnitZh(file.getUnitZh());
        edited.setUnitEn(file.getUnitEn());
        edited.setDescriptionZh(file.getDescriptionZh());
        edited.setDescriptionEn(file.getDescriptionEn());
        edited.setFirstCategoryId(file.getFirstCategoryId());
        edited.setSecondCategoryId(file.getSecondCategoryId());
        return update(elementItems, item.code(), stored, edited, stored.isRetired(), item.retired(), () -> mayKeep(known), applied);
    }

    private static List<Object> values(ElementDefinition e) {
        return Arrays.asList(clean(e.getNameZh()), clean(e.getNameEn()), clean(e.getShortNameZh()), clean(e.getShortNameEn()),
                e.getValueType(), e.getAggregation(), clean(e.getUnitZh()), clean(e.getUnitEn()), clean(e.getDescriptionZh()),
                clean(e.getDescriptionEn()), e.getFirstCategoryId(), e.getSecondCategoryId());
    }

    /**
     * The category as written, or null when it is kept by another area and the file would change it (listed). Its
     * options' codes are checked by {@link CategoryMaintenance}: those of a category in use stay.
     */
    private @Nullable CategoryDefinition writeCategory(CategoryItem item, @Nullable Known known, Applied applied) {
        CategoryDefinition file = item.fields();
        if (known == null) {
            CategoryDefinition created = categories.save(file);
            applied.change(CatalogueItemKind.CATEGORY, item.code(), created.getNameZh(), Action.CREATE);
            return created;
        }
        CategoryDefinition stored = categories.find(known.id()).orElseThrow();
        CategoryDefinition edited = stored.copy();
        edited.setNameZh(file.getNameZh());
        edited.setNameEn(file.getNameEn());
        edited.setOptions(file.getOptions());
        return update(categoryItems, item.code(), stored, edited, stored.isRetired(), item.retired(), () -> mayKeep(known), applied);
    }

    private static List<Object> values(CategoryDefinition c) {
        List<Object> options = c.getOptions().stream().map(o -> Arrays.asList(clean(o.code()), clean(o.nameZh()), clean(o.nameEn())))
                .collect(Collectors.toList());
        return Arrays.asList(clean(c.getNameZh()), clean(c.getNameEn()), options);
    }

    private @Nullable FormDefinition writeForm(FormItem item, List<FormRow> rows, @Nullable Known known, Applied applied) {
        FormDefinition file = item.fields();
        if (known == null) {
            FormDefinition created = file.copy();
            created.setRows(rows);
            if (created.getValidFrom() == null) {
                created.setValidFrom(FormVersion.SINCE_EVER);
            }
            created = forms.save(created);
            applied.change(CatalogueItemKind.FORM, item.code(), created.getNameZh(), Action.CREATE);
            return created;
        }
        FormDefinition stored = forms.find(known.id()).orElseThrow();
        FormDefinition edited = stored.copy();
        edited.setNameZh(file.getNameZh());
        edited.setNameEn(file.getNameEn());
        edited.setFrequency(file.getFrequency());
        edited.setDueDay(file.getDueDay());
        edited.setApprovalLevels(file.getApprovalLevels());
        edited.setRows(rows);
        edited.setValidFrom(file.getValidFrom());
        return update(formItems, item.code(), stored, edited, !stored.isActive(), item.retired(), () -> mayKeep(known), applied);
    }

    private static List<Object> values(FormDefinition f) {
        List<Object> rows = f.getRows().stream().map(r -> Arrays.asList(r.elementId(), clean(r.sectionZh()), clean(r.sectionEn())))
                .collect(Collectors.toList());
        return Arrays.asList(clean(f.getNameZh()), clean(f.getNameEn()), f.getFrequency(), f.getDueDay(), f.getApprovalLevels(), rows);
    }

    private @Nullable IndicatorDefinition writeIndicator(IndicatorItem item, @Nullable Known known, Applied applied) {
        IndicatorDefinition file = item.fields();
        if (known == null) {
            IndicatorDefinition created = indicators.save(file);
            applied.change(CatalogueItemKind.INDICATOR, item.code(), created.getNameZh(), Action.CREATE);
            return created;
        }
        IndicatorDefinition stored = indicators.find(known.id()).orElseThrow();
        IndicatorDefinition edited = stored.copy();
        edited.setNameZh(file.getNameZh());
        edited.setNameEn(file.getNameEn());
        edited.setNumeratorExpression(file.getNumeratorExpression());
        edited.setDenominatorExpression(file.getDenominatorExpression());
        edited.setFactor(file.getFactor());
        edited.setDecimals(file.getDecimals());
        edited.setDirection(file.getDirection());
        edited.setDescriptionZh(file.getDescriptionZh());
        edited.setDescriptionEn(file.getDescriptionEn());
        return update(indicatorItems, item.code(), stored, edited, stored.isRetired(), item.retired(), () -> mayKeep(known), applied);
    }

    private static List<Object> values(IndicatorDefinition i) {
        return Arrays.asList(clean(i.getNameZh()), clean(i.getNameEn()), clean(i.getNumeratorExpression()),
                clean(i.getDenominatorExpression()), i.getFactor(), i.getDecimals(), i.getDirection(), clean(i.getDescriptionZh()),
                clean(i.getDescriptionEn()));
    }

    /**
     * A rule of the form's newest version (the rules page's list): created when the form has none of that code, else
     * updated when something differs, by who keeps the form; null when the file would change a rule kept by another area.
     */
    private @Nullable RuleDefinition writeRule(RuleItem item, long formId, Applied applied) {
        RuleDefinition file = item.fields();
        Optional<RuleDefinition> found = rules.rules(formId, true).stream().filter(r -> r.getCode().equals(item.code())).findFirst();
        if (found.isEmpty()) {
            RuleDefinition created = file.copy();
            created.setFormId(formId);
            created = rules.save(created);
            applied.change(CatalogueItemKind.RULE, item.key(), created.getMessageZh(), Action.CREATE);
            return created;
        }
        RuleDefinition stored = found.get();
        RuleDefinition edited = stored.copy();
        edited.setLeftExpression(file.getLeftExpression());
        edited.setOperator(file.getOperator());
        edited.setRightExpression(file.getRightExpression());
        edited.setSeverity(file.getSeverity());
        edited.setMessageZh(file.getMessageZh());
        edited.setMessageEn(file.getMessageEn());
        return update(ruleItems, item.key(), stored, edited, stored.isRetired(), item.retired(), () -> rules.mayKeep(formId), applied);
    }

    private static List<Object> values(RuleDefinition r) {
        return Arrays.asList(clean(r.getLeftExpression()), r.getOperator(), clean(r.getRightExpression()), r.getSeverity(),
                clean(r.getMessageZh()), clean(r.getMessageEn()));
    }

    /** A known item the file changes must be kept by the user (the pages' rule). */
    private boolean mayKeep(Known known) {
        return CatalogueKeepers.mayKeep(currentUser.require(), known.areaPath());
    }

    /** How the import updates and brings back one kind of item, through the service its page uses. */
    private record ItemKind<T>(CatalogueItemKind kind, Function<T, List<Object>> values, UnaryOperator<T> save,
            UnaryOperator<T> reactivate, Function<T, String> name) {
    }

    /**
     * A known item as the file has it: unchanged (counted), or, when the user keeps it, saved where it differs and
     * brought back when the file has it active; null when the file would change an item another area keeps (listed).
     * Retiring is done last, for every kind at once.
     */
    private <T> @Nullable T update(ItemKind<T> of, String key, T stored, T edited, boolean storedRetired, boolean fileRetired,
            BooleanSupplier mayKeep, Applied applied) {
        boolean changed = !of.values().apply(edited).equals(of.values().apply(stored));
        boolean reactivated = storedRetired && !fileRetired;
        if (!changed && !reactivated) {
            if (!(fileRetired && !storedRetired)) {
                applied.unchanged++;
            }
            return stored;
        }
        if (!mayKeep.getAsBoolean()) {
            applied.problems.add(new CatalogueFileProblem(of.kind(), key, "", "catalogueFile.error.notKeeper", List.of()));
            return null;
        }
        T written = stored;
        if (changed) {
            written = of.save().apply(edited);
            applied.change(of.kind(), key, of.name().apply(written), Action.UPDATE);
        }
        if (reactivated) {
            written = of.reactivate().apply(written);
            applied.change(of.kind(), key, of.name().apply(written), Action.REACTIVATE);
        }
        return written;
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
