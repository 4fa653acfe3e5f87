package com.programdesk.statistics.cataloguefile.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.programdesk.security.service.SystemActor;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.CatalogueChange.Action;
import com.programdesk.statistics.catalog.domain.CatalogueChange;
import com.programdesk.statistics.catalog.domain.CatalogueFileProblem;
import com.programdesk.statistics.catalog.domain.CatalogueImport;
import com.programdesk.statistics.catalog.domain.CatalogueItemKind;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.CategoryMaintenance;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.testsupport.SharedCachesAsInProduction;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue travels as a file (目录文件): the province exports it, a city imports it. A file is checked as a
 * whole and written all or nothing; what is wrong is listed item by item.
 */
@ProgramDeskTest
@ExtendWith(SharedCachesAsInProduction.class) // the catalogue read once, not for every item of a file
class CatalogueFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CatalogueFile file;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TestData testData;
    @Autowired
    CategoryMaintenance categories;
    @Autowired
    ElementMaintenance elements;

    @Test
    void theCatalogueExportedAndImportedIntoTheSameInstallationChangesNothing() {
        byte[] exported = demoUsers.as("admin", () -> file.export());
        JsonNode root = JSON.readTree(exported);
        assertThat(root.get("format").stringValue()).isEqualTo("programdesk-catalogue");
        assertThat(root.get("version").intValue()).isEqualTo(1);
        JsonNode induced = root.get("elements").get("INDUCED_ABORTIONS");
        assertThat(induced.get("nameZh").stringValue()).isEqualTo("人工流产例数");
        assertThat(induced.get("aggregation").stringValue()).isEqualTo("SUM");
        assertThat(induced.get("retired").booleanValue()).isFalse();
        JsonNode repeatRate = root.get("indicators").get("REPEAT_ABORTION_RATE");
        assertThat(repeatRate.get("numerator").stringValue()).isEqualTo("#{REPEAT_ABORTIONS}");
        assertThat(repeatRate.get("denominator").stringValue()).isEqualTo("#{INDUCED_ABORTIONS}");
        assertThat(repeatRate.get("factor").intValue()).isEqualTo(1000);
        assertThat(repeatRate.get("direction").stringValue()).isEqualTo("FALLING_IS_GOOD");
        ReportForm seeded = demoUsers.as("admin", () -> catalog.forms().getFirst());
        JsonNode form = root.get("forms").get(seeded.code());
        assertThat(form.get("frequency").stringValue()).isEqualTo(seeded.frequency().name());
        assertThat(form.get("elements").values()).extracting(r -> r.get("element").stringValue())
                .containsExactlyElementsOf(seeded.elements().stream().map(e -> e.element().code()).toList());
        JsonNode repeatWithinInduced = root.get("rules").get("EARLY_PREGNANCY").get("REPEAT_WITHIN_INDUCED");
        assertThat(repeatWithinInduced.get("left").stringValue()).isEqualTo("#{REPEAT_ABORTIONS}");
        assertThat(repeatWithinInduced.get("operator").stringValue()).isEqualTo("<=");
        assertThat(repeatWithinInduced.get("right").stringValue()).isEqualTo("#{INDUCED_ABORTIONS}");
        assertThat(repeatWithinInduced.get("severity").stringValue()).isEqualTo("ERROR");
        assertThat(repeatWithinInduced.get("messageZh").stringValue()).isEqualTo("重复流产例数不能大于人工流产例数");
        assertThat(root.get("rules").get("EARLY_PREGNANCY").get("JUMP_EP_VISITS").get("left").stringValue())
                .isEqualTo("#{EP_VISITS} / PREV{EP_VISITS}");
        int ruleCount = 0;
        for (JsonNode formRules : root.get("rules").values()) {
            ruleCount += formRules.size();
        }
        assertThat(demoUsers.as("admin", () -> file.fileName()))
                .isEqualTo("programdesk-catalogue-" + LocalDate.now(clock).toString().replace("-", "") + ".json");

        long auditBefore = auditCount();
        CatalogueImport checked = demoUsers.as("admin", () -> file.check(exported));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.changes()).isEmpty();
        assertThat(checked.unchanged())
                .isEqualTo(root.get("categories").size() + root.get("elements").size() + root.get("indicators").size()
                        + root.get("forms").size() + ruleCount);
        assertThat(checked.canConfirm()).as("nothing to write").isFalse();
        CatalogueImport imported = SystemActor.call(() -> file.importFile(exported));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.changes()).isEmpty();
        assertThat(imported.written()).isFalse();

        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(new String(demoUsers.as("admin", () -> file.export()), StandardCharsets.UTF_8))
                .isEqualTo(new String(exported, StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithANewElementIndicatorAndFormCreatesThemForTheImportersArea() {
        String larc = TestData.unique("PP_LARC_").toUpperCase();
        String deliveries = TestData.unique("PP_DELIV_").toUpperCase();
        String oldCount = TestData.unique("PP_OLD_").toUpperCase();
        String rate = TestData.unique("PP_RATE_").toUpperCase();
        String formCode = TestData.unique("PP_FORM_").toUpperCase();
        String rateName = TestData.unique("产后长效避孕落实率");
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameZh": "%6$s", "nameEn": "Postpartum LARC", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                            "unitZh": "例", "unitEn": "cases", "retired": false},
                   "%2$s": {"nameZh": "%7$s", "nameEn": "Deliveries", "shortNameZh": "分娩", "valueType": "WHOLE_NUMBER",
                            "aggregation": "SUM", "unitZh": "人"},
                   "%3$s": {"nameZh": "%8$s", "nameEn": "An old count", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                            "unitZh": "例", "retired": true}},
                 "indicators": {
                   "%4$s": {"nameZh": "%9$s", "nameEn": "Postpartum LARC rate", "numerator": "#{%1$s}", "denominator": "#{%2$s}",
                            "factor": 100, "decimals": 1, "direction": "RISING_IS_GOOD"}},
                 "forms": {
                   "%5$s": {"nameZh": "%10$s", "nameEn": "Postpartum contraception", "frequency": "MONTHLY", "dueDay": 10,
                            "approvalLevels": ["COUNTY", "CITY"], "validFrom": "2019-01-01",
                            "elements": [{"element": "%2$s", "sectionZh": "分娩", "sectionEn": "Deliveries"}, {"element": "%1$s"}]}}}
                """.formatted(larc, deliveries, oldCount, rate, formCode, TestData.unique("产后长效避孕例数"), TestData.unique("分娩人数"),
                TestData.unique("旧统计数"), rateName, TestData.unique("产后避孕月报")).getBytes(StandardCharsets.UTF_8);

        CatalogueImport checked = demoUsers.as("coordinator", () -> file.check(json));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.changes()).extracting(CatalogueChange::kind, CatalogueChange::code, CatalogueChange::action).containsExactly(
                change(CatalogueItemKind.ELEMENT, larc, Action.CREATE), change(CatalogueItemKind.ELEMENT, deliveries, Action.CREATE),
                change(CatalogueItemKind.ELEMENT, oldCount, Action.CREATE), change(CatalogueItemKind.FORM, formCode, Action.CREATE),
                change(CatalogueItemKind.INDICATOR, rate, Action.CREATE), change(CatalogueItemKind.ELEMENT, oldCount, Action.RETIRE));
        assertThat(checked.canConfirm()).isTrue();
        assertThat(codeCount("data_element", larc) + codeCount("indicator", rate) + codeCount("report_form", formCode))
                .as("a check writes nothing").isZero();
        assertThat(demoUsers.as("coordinator", () -> catalog.elements())).extracting(DataElement::code)
                .as("nor leaves what it tried in the shared catalogue").doesNotContain(larc, deliveries);

        CatalogueImport imported = demoUsers.as("coordinator", () -> file.importFile(json));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.written()).isTrue();
        assertThat(imported.count(Action.CREATE)).isEqualTo(5);

        demoUsers.as("coordinator", () -> {
            DataElement created = catalog.elements().stream().filter(e -> e.code().equals(deliveries)).findFirst().orElseThrow();
            assertThat(created.shortNameZh()).isEqualTo("分娩");
            assertThat(catalog.elements().stream().filter(e -> e.code().equals(oldCount)).findFirst().orElseThrow().retired()).isTrue();
            Indicator indicator = catalog.indicatorByCode(rate).orElseThrow();
            assertThat(indicator.nameZh()).isEqualTo(rateName);
            assertThat(indicator.factor()).isEqualTo(100);
            assertThat(indicator.decimals()).isEqualTo(1);
            assertThat(indicator.numeratorElementIds()).containsExactly(idOf(larc));
            ReportForm form = catalog.formByCode(formCode).orElseThrow();
            assertThat(form.elements()).extracting(r -> r.element().code(), FormElement::sectionZh)
                    .containsExactly(tuple(deliveries, "分娩"), tuple(larc, null));
            assertThat(form.dueDay()).isEqualTo(10);
            assertThat(form.newestVersion().validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        });
        long yueqing = testData.areaId("330382");
        assertThat(jdbc.sql("SELECT area_id FROM data_element WHERE code = ?").param(larc).query(Long.class).single())
                .as("kept by the importer's area, as if made on the page").isEqualTo(yueqing);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE entity_type = 'Indicator' AND entity_id = ? AND action = 'CREATE'")
                .param(demoUsers.as("coordinator", () -> catalog.indicatorByCode(rate).orElseThrow().id())).query(String.class).list())
                .containsExactly("coordinator");

        JsonNode exported = JSON.readTree(demoUsers.as("coordinator", () -> file.export()));
        assertThat(exported.get("elements").get(oldCount).get("retired").booleanValue()).isTrue();
        assertThat(exported.get("forms").get(formCode).get("approvalLevels").values()).extracting(JsonNode::stringValue)
                .containsExactly("COUNTY", "CITY");
    }

    @Test
    void aFormsValidationRulesTravelWithItsFormAndComeBackTheSame() {
        String deliveries = TestData.unique("T_RULE_DELIV_").toUpperCase();
        String postpartum = TestData.unique("T_RULE_PP_").toUpperCase();
        String formCode = TestData.unique("T_RULE_FORM_").toUpperCase();
        String catalogue = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameZh": "%4$s", "nameEn": "Deliveries", "valueType": "WHOLE_NUMBER", "aggregation": "SUM", "unitZh": "例"},
                   "%2$s": {"nameZh": "%5$s", "nameEn": "Postpartum contraception", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                            "unitZh": "例"}},
                 "forms": {
                   "%3$s": {"nameZh": "%6$s", "nameEn": "Postpartum (monthly)", "frequency": "MONTHLY", "dueDay": 5,
                            "elements": [{"element": "%1$s"}, {"element": "%2$s"}]}},
                 "rules": {
                   "%3$s": {
                     "PP_WITHIN_DELIVERIES": {"left": "#{%2$s}", "operator": "<=", "right": "#{%1$s}", "severity": "ERROR",
                                              "messageZh": "产后避孕落实例数不能大于分娩例数",
                                              "messageEn": "Postpartum contraception cannot exceed deliveries"},
                     "JUMP_PP": {"left": "#{%2$s} / PREV{%2$s}", "operator": "<=", "right": "3", "severity": "WARNING",
                                 "messageZh": "数值超过上期的3倍，请核实并填写说明", "messageEn": "More than 3 times last month", "retired": true}},
                   "EARLY_PREGNANCY": {
                     "REPEAT_WITHIN_INDUCED": {"left": "#{REPEAT_ABORTIONS}", "operator": "<=", "right": "#{INDUCED_ABORTIONS}",
                                               "severity": "ERROR", "messageZh": "重复流产例数不能大于人工流产例数",
                                               "messageEn": "Repeat abortions cannot exceed induced abortions"}}}}
                """.formatted(deliveries, postpartum, formCode, TestData.unique("规则分娩例数"), TestData.unique("规则产后避孕例数"),
                TestData.unique("规则产后月报"));

        CatalogueImport imported = SystemActor.call(() -> file.importFile(catalogue.getBytes(StandardCharsets.UTF_8)));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.changes()).filteredOn(c -> c.kind() == CatalogueItemKind.RULE)
                .extracting(CatalogueChange::code, CatalogueChange::action).containsExactly(
                        tuple(formCode + "/PP_WITHIN_DELIVERIES", Action.CREATE), tuple(formCode + "/JUMP_PP", Action.CREATE),
                        tuple(formCode + "/JUMP_PP", Action.RETIRE));
        demoUsers.as("admin", () -> {
            ReportForm form = catalog.formByCode(formCode).orElseThrow();
            assertThat(form.rulesInForce()).singleElement().satisfies(rule -> {
                assertThat(rule.formula()).isEqualTo("#{" + postpartum + "} <= #{" + deliveries + "}");
                assertThat(rule.messageZh()).isEqualTo("产后避孕落实例数不能大于分娩例数");
            });
        });

        byte[] exported = demoUsers.as("admin", () -> file.export());
        JsonNode rules = JSON.readTree(exported).get("rules").get(formCode);
        assertThat(rules.propertyNames()).containsExactly("JUMP_PP", "PP_WITHIN_DELIVERIES");
        assertThat(rules.get("JUMP_PP").get("retired").booleanValue()).isTrue();
        assertThat(rules.get("JUMP_PP").get("left").stringValue()).isEqualTo("#{" + postpartum + "} / PREV{" + postpartum + "}");
        CatalogueImport again = SystemActor.call(() -> file.importFile(catalogue.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.problems()).isEmpty();
        assertThat(again.changes()).as("the same file twice changes nothing").isEmpty();

        ObjectNode edited = (ObjectNode) JSON.readTree(exported);
        ((ObjectNode) edited.get("rules").get(formCode).get("PP_WITHIN_DELIVERIES")).put("severity", "WARNING");
        ((ObjectNode) edited.get("rules").get(formCode).get("JUMP_PP")).put("retired", false);
        CatalogueImport changed = demoUsers.as("admin", () -> file.importFile(JSON.writeValueAsBytes(edited)));
        assertThat(changed.problems()).isEmpty();
        assertThat(changed.changes()).extracting(CatalogueChange::code, CatalogueChange::action).containsExactlyInAnyOrder(
                tuple(formCode + "/PP_WITHIN_DELIVERIES", Action.UPDATE), tuple(formCode + "/JUMP_PP", Action.REACTIVATE));
        assertThat(jdbc.sql("""
                SELECT r.severity FROM validation_rule r JOIN report_form f ON f.id = r.report_form_id
                WHERE f.code = ? AND r.code = 'PP_WITHIN_DELIVERIES'""").param(formCode).query(String.class).list())
                .containsExactly("WARNING");
    }

    @Test
    void aRuleNamingAnElementNotOnItsFormOrAFormNobodyHasIsRefusedAndListedAndNothingWritten() {
        String count = TestData.unique("T_RULE_COUNT_").toUpperCase();
        String formCode = TestData.unique("T_RULE_FORM_").toUpperCase();
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {"%1$s": {"nameZh": "%3$s", "nameEn": "A count", "valueType": "WHOLE_NUMBER", "aggregation": "SUM", "unitZh": "例"}},
                 "forms": {"%2$s": {"nameZh": "%4$s", "nameEn": "A form", "frequency": "MONTHLY", "dueDay": 5, "elements": [{"element": "%1$s"}]}},
                 "rules": {
                   "%2$s": {
                     "WITHIN_INDUCED": {"left": "#{%1$s}", "operator": "<=", "right": "#{INDUCED_ABORTIONS}", "severity": "ERROR",
                                        "messageZh": "不能大于人工流产例数", "messageEn": "Cannot exceed induced abortions"},
                     "NO_SUCH": {"left": "#{NO_SUCH_COUNT}", "operator": "=<", "right": "1", "severity": "ERROR",
                                 "messageZh": "无", "messageEn": "None"}},
                   "NO_SUCH_FORM": {"R1": {"left": "#{%1$s}", "operator": "<=", "right": "1", "severity": "ERROR",
                                           "messageZh": "无", "messageEn": "None"}}}}
                """.formatted(count, formCode, TestData.unique("规则数据元"), TestData.unique("规则报表")).getBytes(StandardCharsets.UTF_8);

        CatalogueImport imported = demoUsers.as("admin", () -> file.importFile(json));

        assertThat(imported.written()).isFalse();
        assertThat(imported.problems()).extracting(CatalogueFileProblem::kind, CatalogueFileProblem::code, CatalogueFileProblem::property,
                CatalogueFileProblem::messageKey).containsExactlyInAnyOrder(
                tuple(CatalogueItemKind.RULE, "NO_SUCH_FORM", "", "catalogueFile.error.unknownForm"),
                tuple(CatalogueItemKind.RULE, formCode + "/NO_SUCH", "operator", "catalogueFile.error.choice"),
                tuple(CatalogueItemKind.RULE, formCode + "/NO_SUCH", "left", "catalogueFile.error.unknownElement"),
                tuple(CatalogueItemKind.RULE, formCode + "/WITHIN_INDUCED", "right", "rule.error.notOnForm"));
        assertThat(codeCount("data_element", count) + codeCount("report_form", formCode)).as("nothing written").isZero();
    }

    @Test
    void aFileNamingElementsNobodyHasIsRefusedWithEachListedAndNothingWritten() {
        String fine = TestData.unique("T_FILE_").toUpperCase();
        String indicator = TestData.unique("T_FILE_RATE_").toUpperCase();
        String form = TestData.unique("T_FILE_FORM_").toUpperCase();
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {"%1$s": {"nameZh": "%4$s", "nameEn": "Fine", "valueType": "WHOLE_NUMBER", "aggregation": "SUM", "unitZh": "例"}},
                 "indicators": {"%2$s": {"nameZh": "%5$s", "nameEn": "Rate", "numerator": "#{%1$s} + #{NO_SUCH_COUNT}",
                                         "denominator": "#{INDUCED_ABORTIONS}", "factor": 1000, "decimals": 2, "direction": "RISING_IS_GOOD"}},
                 "forms": {"%3$s": {"nameZh": "%6$s", "nameEn": "Form", "frequency": "MONTHLY", "dueDay": 5,
                                    "elements": [{"element": "%1$s"}, {"element": "NO_SUCH_ROW"}]}}}
                """.formatted(fine, indicator, form, TestData.unique("文件数据元"), TestData.unique("文件指标"), TestData.unique("文件报表"))
                .getBytes(StandardCharsets.UTF_8);

        CatalogueImport imported = demoUsers.as("coordinator", () -> file.importFile(json));

        assertThat(imported.written()).isFalse();
        assertThat(imported.canConfirm()).isFalse();
        assertThat(imported.problems()).extracting(CatalogueFileProblem::kind, CatalogueFileProblem::code, CatalogueFileProblem::property,
                CatalogueFileProblem::messageKey, p -> p.arguments().getFirst()).containsExactly(
                tuple(CatalogueItemKind.INDICATOR, indicator, "numerator", "catalogueFile.error.unknownElement",
                        "NO_SUCH_COUNT"),
                tuple(CatalogueItemKind.FORM, form, "elements", "catalogueFile.error.unknownElement",
                        "NO_SUCH_ROW"));
        assertThat(codeCount("data_element", fine)).as("the good element is not written either").isZero();
        assertThat(codeCount("indicator", indicator) + codeCount("report_form", form)).isZero();
    }

    @Test
    void aYesNoAndAnAveragedPercentageTravelAndComeBackTheSameWhileASummedPercentageIsRefused() {
        String open = TestData.unique("T_FILE_YN_").toUpperCase();
        String share = TestData.unique("T_FILE_PCT_").toUpperCase();
        String summed = TestData.unique("T_FILE_SUMPCT_").toUpperCase();
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameZh": "%3$s", "nameEn": "PAC clinic open", "valueType": "YES_NO", "aggregation": "SUM", "unitZh": "是/否"},
                   "%2$s": {"nameZh": "%4$s", "nameEn": "LARC share", "valueType": "PERCENTAGE", "aggregation": "AVERAGE", "unitZh": "%%"}}}
                """.formatted(open, share, TestData.unique("PAC门诊开设"), TestData.unique("长效避孕比例")).getBytes(StandardCharsets.UTF_8);

        CatalogueImport imported = demoUsers.as("coordinator", () -> file.importFile(json));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.count(Action.CREATE)).isEqualTo(2);
        demoUsers.as("coordinator", () -> {
            assertThat(catalog.elements()).filteredOn(e -> e.code().equals(open) || e.code().equals(share))
                    .extracting(DataElement::code, DataElement::valueType, DataElement::aggregation).containsExactlyInAnyOrder(
                            tuple(open, ValueType.YES_NO, Aggregation.SUM), tuple(share, ValueType.PERCENTAGE, Aggregation.AVERAGE));
        });

        byte[] exported = demoUsers.as("admin", () -> file.export());
        JsonNode elementsNode = JSON.readTree(exported).get("elements");
        assertThat(elementsNode.get(open).get("valueType").stringValue()).isEqualTo("YES_NO");
        assertThat(elementsNode.get(share).get("valueType").stringValue()).isEqualTo("PERCENTAGE");
        assertThat(elementsNode.get(share).get("aggregation").stringValue()).isEqualTo("AVERAGE");
        CatalogueImport again = SystemActor.call(() -> file.importFile(exported));
        assertThat(again.problems()).isEmpty();
        assertThat(again.changes()).as("the same file changes nothing").isEmpty();

        byte[] wrong = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameZh": "%2$s", "nameEn": "Summed share", "valueType": "PERCENTAGE", "aggregation": "SUM", "unitZh": "%%"}}}
                """.formatted(summed, TestData.unique("相加的比例")).getBytes(StandardCharsets.UTF_8);
        CatalogueImport refused = demoUsers.as("coordinator", () -> file.check(wrong));
        assertThat(refused.problems()).extracting(CatalogueFileProblem::code, CatalogueFileProblem::property, CatalogueFileProblem::messageKey)
                .containsExactly(tuple(summed, "aggregation", "dataElement.error.aggregationFor.PERCENTAGE"));
    }

    @Test
    void eachItemIsCheckedByThePagesRulesAndEveryRefusalIsListed() {
        String unnamed = TestData.unique("T_FILE_").toUpperCase();
        String zeroDivisor = TestData.unique("T_FILE_RATE_").toUpperCase();
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameEn": "No Chinese name", "valueType": "WHOLE_NUMBER", "aggregation": "SUM", "unitZh": "例"},
                   "lower_case": {"nameZh": "%3$s", "nameEn": "x", "valueType": "COUNT", "aggregation": "SUM", "unitZh": "例", "colour": "red"}},
                 "indicators": {
                   "%2$s": {"nameZh": "%4$s", "nameEn": "Rate", "numerator": "#{INDUCED_ABORTIONS} / (3 - 3)", "factor": 7,
                            "decimals": 2, "direction": "RISING_IS_GOOD"},
                   "REPEAT_ABORTION_RATE": {"nameZh": "重复流产率", "nameEn": "Repeat abortion rate", "numerator": "#{REPEAT_ABORTION_RATE}",
                            "factor": 1000, "decimals": 2, "direction": "FALLING_IS_GOOD"}}}
                """.formatted(unnamed, zeroDivisor, TestData.unique("小写代码"), TestData.unique("除零指标"))
                .getBytes(StandardCharsets.UTF_8);

        CatalogueImport checked = demoUsers.as("admin", () -> file.check(json));

        assertThat(checked.problems()).extracting(CatalogueFileProblem::code, CatalogueFileProblem::property, CatalogueFileProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(unnamed, "nameZh", "validation.required"),
                        tuple("lower_case", "colour", "catalogueFile.error.unknownProperty"),
                        tuple("lower_case", "code", "dataElement.error.codePattern"),
                        tuple("lower_case", "valueType", "catalogueFile.error.choice"),
                        tuple(zeroDivisor, "numerator", "expression.error.divisionByZero"),
                        tuple("REPEAT_ABORTION_RATE", "numerator", "expression.error.namesIndicator"));
        assertThat(codeCount("indicator", zeroDivisor)).isZero();
    }

    @Test
    void anElementSplitByACategoryTravelsWithItsCategoryNotItsCellsAndComesBackTheSame() {
        String parity = TestData.unique("PARITY_").toUpperCase();
        CategoryDefinition draft = new CategoryDefinition();
        draft.setCode(parity);
        draft.setNameZh(TestData.unique("孕次"));
        draft.setNameEn("Parity");
        draft.setOptions(List.of(new CategoryOption("FIRST", "首次", "first"), new CategoryOption("REPEAT", "再次", "repeat")));
        CategoryDefinition category = demoUsers.as("coordinator", () -> categories.save(draft));
        ElementDefinition element = new ElementDefinition();
        element.setCode(TestData.unique("SPLIT_").toUpperCase());
        element.setNameZh(TestData.unique("按孕次人流例数"));
        element.setNameEn("Abortions by parity");
        element.setUnitZh("例");
        element.setValueType(ValueType.WHOLE_NUMBER);
        element.setAggregation(Aggregation.SUM);
        element.setFirstCategoryId(category.getId());
        element.setSecondCategoryId(category("AGE_GROUP"));
        ElementDefinition split = demoUsers.as("coordinator", () -> elements.save(element));

        byte[] exported = demoUsers.as("admin", () -> file.export());

        JsonNode root = JSON.readTree(exported);
        JsonNode parityNode = root.get("categories").get(parity);
        assertThat(parityNode.get("nameEn").stringValue()).isEqualTo("Parity");
        assertThat(parityNode.get("options").values()).extracting(o -> o.get("code").stringValue(), o -> o.get("nameZh").stringValue())
                .containsExactly(tuple("FIRST", "首次"), tuple("REPEAT", "再次"));
        assertThat(parityNode.get("retired").booleanValue()).isFalse();
        assertThat(root.get("categories").get("ABORTION_REASON").get("options").size()).isEqualTo(4);
        assertThat(root.get("elements").get(split.getCode()).get("categories").values()).extracting(JsonNode::stringValue)
                .containsExactly(parity, "AGE_GROUP");
        assertThat(root.get("elements").propertyNames()).as("its six cells follow from its categories")
                .noneMatch(code -> code.startsWith(split.getCode() + "."));

        CatalogueImport imported = SystemActor.call(() -> file.importFile(exported));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.changes()).isEmpty();
        assertThat(demoUsers.as("admin", () -> file.export())).isEqualTo(exported);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_element WHERE parent_id = ? AND NOT retired").param(split.getId()).query(Long.class)
                .single()).isEqualTo(6);
    }

    @Test
    void aFileWithANewCategoryAndAnElementSplitByItCreatesTheCellsWhichItsIndicatorMayName() {
        String reason = TestData.unique("REASON_").toUpperCase();
        String abortions = TestData.unique("ABORTIONS_").toUpperCase();
        String share = TestData.unique("SHARE_").toUpperCase();
        String elementName = TestData.unique("按原因人流例数");
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "categories": {
                   "%1$s": {"nameZh": "%4$s", "nameEn": "Reason", "retired": false,
                            "options": [{"code": "FAILED", "nameZh": "避孕失败", "nameEn": "contraception failed"},
                                        {"code": "NONE", "nameZh": "未避孕", "nameEn": "no contraception"}]}},
                 "elements": {
                   "%2$s": {"nameZh": "%5$s", "nameEn": "Abortions by reason", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                            "unitZh": "例", "categories": ["%1$s"]}},
                 "indicators": {
                   "%3$s": {"nameZh": "%6$s", "nameEn": "Share of failed contraception", "numerator": "#{%2$s.FAILED}",
                            "denominator": "#{%2$s}", "factor": 100, "decimals": 1, "direction": "FALLING_IS_GOOD"}}}
                """.formatted(reason, abortions, share, TestData.unique("原因"), elementName, TestData.unique("避孕失败占比"))
                .getBytes(StandardCharsets.UTF_8);

        CatalogueImport imported = demoUsers.as("coordinator", () -> file.importFile(json));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.changes()).extracting(CatalogueChange::kind, CatalogueChange::code, CatalogueChange::action).containsExactly(
                change(CatalogueItemKind.CATEGORY, reason, Action.CREATE), change(CatalogueItemKind.ELEMENT, abortions, Action.CREATE),
                change(CatalogueItemKind.INDICATOR, share, Action.CREATE));
        assertThat(jdbc.sql("SELECT code, name_zh FROM data_element WHERE parent_id = ? ORDER BY code").param(idOf(abortions))
                .query((rs, n) -> tuple(rs.getString("code"), rs.getString("name_zh"))).list())
                .containsExactly(tuple(abortions + ".FAILED", elementName + "（避孕失败）"), tuple(abortions + ".NONE", elementName + "（未避孕）"));
        assertThat(jdbc.sql("SELECT numerator_expression FROM indicator WHERE code = ?").param(share).query(String.class).single())
                .isEqualTo("#{" + abortions + ".FAILED}");

        // the same file again changes nothing; a file that would change the options of the category now in use is refused
        assertThat(demoUsers.as("coordinator", () -> file.check(json)).changes()).isEmpty();
        byte[] renumbered = new String(json, StandardCharsets.UTF_8).replace("\"NONE\"", "\"NO_METHOD\"").getBytes(StandardCharsets.UTF_8);
        assertThat(demoUsers.as("coordinator", () -> file.check(renumbered)).problems())
                .extracting(CatalogueFileProblem::kind, CatalogueFileProblem::code, CatalogueFileProblem::property, CatalogueFileProblem::messageKey)
                .contains(tuple(CatalogueItemKind.CATEGORY, reason, "options", "category.error.optionsInUse"));
    }

    @Test
    void anElementSplitByACategoryNobodyHasIsRefusedAndListedAndNothingWritten() {
        String split = TestData.unique("SPLIT_").toUpperCase();
        String fine = TestData.unique("FINE_").toUpperCase();
        byte[] json = """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {
                   "%1$s": {"nameZh": "%3$s", "nameEn": "Split by nothing", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                            "unitZh": "例", "categories": ["AGE_GROUP", "NO_SUCH_CATEGORY"]},
                   "%2$s": {"nameZh": "%4$s", "nameEn": "Fine", "valueType": "WHOLE_NUMBER", "aggregation": "SUM", "unitZh": "例"}},
                 "indicators": {
                   "%2$s_RATE": {"nameZh": "%5$s", "nameEn": "Rate", "numerator": "#{%1$s.AGE_LT20.X}", "denominator": "#{%2$s}",
                            "factor": 100, "decimals": 1, "direction": "FALLING_IS_GOOD"}}}
                """.formatted(split, fine, TestData.unique("无分类拆分"), TestData.unique("好的数据元"), TestData.unique("比率"))
                .getBytes(StandardCharsets.UTF_8);

        CatalogueImport imported = demoUsers.as("coordinator", () -> file.importFile(json));

        assertThat(imported.written()).isFalse();
        assertThat(imported.problems()).extracting(CatalogueFileProblem::kind, CatalogueFileProblem::code, CatalogueFileProblem::property,
                        CatalogueFileProblem::messageKey, p -> p.arguments().getFirst())
                .containsExactlyInAnyOrder(
                        tuple(CatalogueItemKind.ELEMENT, split, "categories", "catalogueFile.error.unknownCategory", "NO_SUCH_CATEGORY"),
                        tuple(CatalogueItemKind.INDICATOR, fine + "_RATE", "numerator", "catalogueFile.error.unknownElement",
                                split + ".AGE_LT20.X"));
        assertThat(codeCount("data_element", split) + codeCount("data_element", fine)).as("nothing written").isZero();
    }

    @Test
    void aFileThatIsNoCatalogueOrOfAnotherVersionIsRefusedAtOnce() {
        assertThat(demoUsers.as("admin", () -> file.check("{\"format\": ".getBytes(StandardCharsets.UTF_8))).problems())
                .singleElement().extracting(CatalogueFileProblem::messageKey).isEqualTo("catalogueFile.error.notJson");
        assertThat(demoUsers.as("admin", () -> file.check("{\"elements\": {}}".getBytes(StandardCharsets.UTF_8))).problems())
                .singleElement().extracting(CatalogueFileProblem::messageKey).isEqualTo("catalogueFile.error.format");
        assertThat(demoUsers.as("admin", () -> file.check("""
                {"format": "programdesk-catalogue", "version": 2}""".getBytes(StandardCharsets.UTF_8))).problems())
                .singleElement().extracting(CatalogueFileProblem::messageKey).isEqualTo("catalogueFile.error.version");
        assertThat(demoUsers.as("admin", () -> file.check("""
                {"format": "programdesk-catalogue", "version": 1, "elements": {"A_B": {}, "A_B": {}}}""".getBytes(StandardCharsets.UTF_8)))
                .problems()).as("a code twice").singleElement().extracting(CatalogueFileProblem::messageKey).isEqualTo("catalogueFile.error.notJson");
    }

    @Test
    void aCountyCoordinatorCannotChangeAProvinceItemThroughTheFile() {
        byte[] exported = demoUsers.as("keqiao.coordinator", () -> file.export());
        assertThat(demoUsers.as("keqiao.coordinator", () -> file.check(exported)).problems())
                .as("what the file leaves as it is needs no keeper").isEmpty();
        ObjectNode root = (ObjectNode) JSON.readTree(exported);
        ((ObjectNode) root.get("elements").get("INDUCED_ABORTIONS")).put("nameEn", "Renamed by Keqiao");
        ((ObjectNode) root.get("indicators").get("REPEAT_ABORTION_RATE")).put("retired", true);
        byte[] changed = JSON.writeValueAsBytes(root);

        CatalogueImport imported = demoUsers.as("keqiao.coordinator", () -> file.importFile(changed));

        assertThat(imported.written()).isFalse();
        assertThat(imported.problems()).extracting(CatalogueFileProblem::kind, CatalogueFileProblem::code, CatalogueFileProblem::messageKey)
                .containsExactly(tuple(CatalogueItemKind.ELEMENT, "INDUCED_ABORTIONS", "catalogueFile.error.notKeeper"),
                        tuple(CatalogueItemKind.INDICATOR, "REPEAT_ABORTION_RATE", "catalogueFile.error.notKeeper"));
        assertThat(jdbc.sql("SELECT name_en FROM data_element WHERE code = 'INDUCED_ABORTIONS'").query(String.class).single())
                .isNotEqualTo("Renamed by Keqiao");
        assertThat(jdbc.sql("SELECT retired FROM indicator WHERE code = 'REPEAT_ABORTION_RATE'").query(Boolean.class).single()).isFalse();
    }

    @Test
    void institutionUsersAndViewersCannotReachTheCatalogueFile() {
        assertThatThrownBy(() -> demoUsers.as("viewer", () -> file.export())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("viewer", () -> file.check(new byte[0]))).isInstanceOf(AccessDeniedException.class);
    }

    private static Tuple change(CatalogueItemKind kind, String code, Action action) {
        return tuple(kind, code, action);
    }

    private long codeCount(String table, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE code = ?").param(code).query(Long.class).single();
    }

    private long category(String code) {
        return jdbc.sql("SELECT id FROM category WHERE code = ?").param(code).query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM data_element WHERE code = ?").param(code).query(Long.class).single();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type IN ('DataElement', 'Indicator', 'ReportForm', 'ValidationRule')")
                .query(Long.class).single();
    }
}
