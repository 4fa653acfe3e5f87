package com.programdesk.statistics.elements.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.CatalogueFixture;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.ReportRules;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.PreviewFigure;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.statistics.reporting.service.ReportRejectedException;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Disaggregations (分类分格填报): a coordinator splits an abortion count by age group; an institution enters one
 * number per age group, the count itself is their sum, and each age group is one more element to the dashboard, the
 * indicators and the import. A split that reports already use cannot change, and no element has more than 12 cells.
 */
@ProgramDeskTest
class DisaggregationsTest {

    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);
    /** 乐清市: the demo coordinator's area, where the fixture's hospitals are. */
    private static final String YUEQING = "330382";

    @Autowired
    ElementMaintenance elements;
    @Autowired
    CategoryMaintenance categories;
    @Autowired
    FormMaintenance forms;
    @Autowired
    IndicatorMaintenance indicators;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    ReportImportService imports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ReportFixture fixture;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    /** Indicators made here are retired again, so the dashboards' lists stay the seeded ones for other tests. */
    @AfterEach
    void retireIndicatorsMadeHere() {
        demoUsers.as("admin", () -> indicators.search("T_DA_", false, 0, 100).stream().filter(i -> i.code().startsWith("T_DA_"))
                .forEach(i -> indicators.setRetired(indicators.find(i.id()).orElseThrow(), true)));
    }

    @Test
    void anInstitutionEntersAnAbortionCountByAgeGroupAndTheDashboardShowsTheirSum() {
        ElementDefinition abortions = demoUsers.as("coordinator", () -> elements.save(element("人工流产例数（年龄）", category("AGE_GROUP"), null)));
        String code = abortions.getCode();

        List<OptionCell> cells = demoUsers.as("coordinator", () -> catalog.cells(abortions.getId()));
        assertThat(cells).extracting(c -> c.element().code())
                .containsExactly(code + ".AGE_LT20", code + ".AGE_20_34", code + ".AGE_GE35");
        assertThat(cells.getFirst().element().nameZh()).isEqualTo(abortions.getNameZh() + "（<20岁）");
        assertThat(cells).allSatisfy(c -> {
            assertThat(c.element().parentId()).isEqualTo(abortions.getId());
            assertThat(c.element().unitZh()).isEqualTo("例");
        });
        assertThat(demoUsers.as("coordinator", () -> catalog.offeredElements())).as("cells come with their element, never alone")
                .extracting(DataElement::code).contains(code).doesNotContain(code + ".AGE_LT20");
        assertThat(demoUsers.as("coordinator", () -> elements.search(code, false, 0, 10))).hasSize(1);

        FormDefinition form = demoUsers.as("coordinator", () -> forms.save(form(abortions.getId())));
        long hospital = fixture.hospital(TestData.unique("T-DA-"), TestData.unique("分格测试医院"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospital)));

        StatReport approved = demoUsers.as("coordinator", () -> {
            ReportEntry entry = reports.open(form.getId(), hospital, MARCH_2019);
            FormElement row = entry.form().elements().getFirst();
            assertThat(row.cells()).hasSize(3);
            Map<String, ReportCell> typed = new HashMap<>();
            typed.put(code + ".AGE_LT20", new ReportCell(3L, null));
            typed.put(code + ".AGE_20_34", new ReportCell(10L, null));
            typed.put(code + ".AGE_GE35", new ReportCell(5L, null));
            typed.put(code, new ReportCell(99L, null)); // whatever is sent for the total, it is the sum of the cells
            return reports.approve(reports.submit(entry, typed), null);
        });

        assertThat(storedValues(approved.getId())).containsEntry(code, 18L).containsEntry(code + ".AGE_LT20", 3L)
                .containsEntry(code + ".AGE_20_34", 10L).containsEntry(code + ".AGE_GE35", 5L);
        long yueqing = testData.areaId(YUEQING);
        IndicatorDefinition total = demoUsers.as("coordinator", () -> indicators.save(indicator("#{" + code + "}")));
        Indicator offered = demoUsers.as("coordinator", () -> catalog.indicatorByCode(total.getCode())).orElseThrow();
        Figure onTheDashboard = demoUsers.as("coordinator", () -> dashboards.trend(yueqing, offered.id(), MARCH_2019, MARCH_2019,
                Frequency.MONTHLY, List.of())).series().getFirst().figures().getFirst();
        assertThat(onTheDashboard.value()).isEqualByComparingTo("18");

        // an option is one more element to the indicators: the editor's preview reads it
        IndicatorDefinition young = indicator("#{" + code + ".AGE_LT20}");
        PreviewFigure preview = demoUsers.as("coordinator", () -> indicators.preview(young, yueqing, MARCH_2019));
        assertThat(preview.value()).isEqualByComparingTo("3");
        IndicatorDefinition share = indicator("#{" + code + ".AGE_LT20} + #{" + code + ".AGE_GE35}");
        share.setDenominatorExpression("#{" + code + "}");
        share.setFactor(100);
        assertThat(demoUsers.as("coordinator", () -> indicators.preview(share, yueqing, MARCH_2019)).value())
                .as("(3 + 5) / 18 in percent").isEqualByComparingTo(new BigDecimal("44.44"));
    }

    @Test
    void eachCellMustBeFilledBeforeSubmittingAndAnUnknownOptionIsRefusedInAnExpression() {
        ElementDefinition reasons = demoUsers.as("coordinator", () -> elements.save(element("人流原因例数", category("ABORTION_REASON"), null)));
        String code = reasons.getCode();
        FormDefinition form = demoUsers.as("coordinator", () -> forms.save(form(reasons.getId())));
        long hospital = fixture.hospital(TestData.unique("T-DA-"), TestData.unique("分格漏填测试医院"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospital)));

        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> reports.submit(reports.open(form.getId(), hospital, MARCH_2019),
                Map.of(code + ".WORK_ECONOMY", new ReportCell(2L, null), code + ".CONTRACEPTION_FAILED", new ReportCell(4L, null)))))
                .isInstanceOfSatisfying(ReportRejectedException.class, e -> assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.messageKey()).isEqualTo(ReportRules.MISSING))
                        .extracting(v -> v.elementCode()).containsExactlyInAnyOrder(code + ".NO_CONTRACEPTION", code + ".OTHER"));

        StatReport draft = demoUsers.as("coordinator", () -> reports.saveDraft(reports.open(form.getId(), hospital, MARCH_2019),
                Map.of(code + ".WORK_ECONOMY", new ReportCell(2L, null), code + ".CONTRACEPTION_FAILED", new ReportCell(4L, null))));
        assertThat(storedValues(draft.getId())).as("a draft's total is the sum of the cells typed so far").containsEntry(code, 6L);

        IndicatorDefinition unknown = indicator("#{" + code + ".AGE_LT20}");
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> indicators.save(unknown)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("numeratorExpression"));
    }

    @Test
    void theImportFillsTheCellsByColumnAndWritesTheTotalAsTheirSum() {
        ElementDefinition abortions = demoUsers.as("coordinator", () -> elements.save(element("人工流产例数（导入）", category("AGE_GROUP"), null)));
        String code = abortions.getCode();
        FormDefinition form = demoUsers.as("coordinator", () -> forms.save(form(abortions.getId())));
        String hospitalCode = TestData.unique("T-DA-");
        long hospital = fixture.hospital(hospitalCode, TestData.unique("分格导入测试医院"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospital)));

        // by code, by the cell's Chinese name as the regional platforms head their columns, and as "name (CODE)"
        String header = "机构编码,统计期," + code + ".AGE_LT20," + abortions.getNameZh() + "（20–34岁）,≥35岁 (" + code + ".AGE_GE35)\n";
        ImportSummary imported = demoUsers.as("coordinator", () -> imports.confirm(csv(header + hospitalCode + ",2019-03,4,11,6\n"),
                "cells.csv", new ImportProgress()));

        assertThat(imported.written()).isTrue();
        assertThat(imported.problems()).isEmpty();
        long reportId = jdbc.sql("SELECT id FROM stat_report WHERE report_form_id = ? AND institution_id = ? AND period_start = ?")
                .params(form.getId(), hospital, MARCH_2019).query(Long.class).single();
        assertThat(storedValues(reportId)).containsEntry(code + ".AGE_LT20", 4L).containsEntry(code + ".AGE_20_34", 11L)
                .containsEntry(code + ".AGE_GE35", 6L).containsEntry(code, 21L);
    }

    @Test
    void theCategoriesCannotChangeOnceReportsHoldValuesForTheElement() {
        ElementDefinition abortions = demoUsers.as("coordinator", () -> elements.save(element("人工流产例数（改分类）", category("AGE_GROUP"), null)));
        String code = abortions.getCode();

        // no values yet: the split may still change; the age groups' cells are retired, never deleted
        ElementDefinition married = abortions.copy();
        married.setFirstCategoryId(category("MARITAL_STATUS"));
        ElementDefinition changed = demoUsers.as("coordinator", () -> elements.save(married));
        assertThat(demoUsers.as("coordinator", () -> catalog.cells(abortions.getId()))).extracting(c -> c.element().code())
                .containsExactly(code + ".MARRIED", code + ".UNMARRIED");
        assertThat(jdbc.sql("SELECT retired FROM data_element WHERE code = ?").param(code + ".AGE_LT20").query(Boolean.class).single()).isTrue();

        FormDefinition form = demoUsers.as("coordinator", () -> forms.save(form(abortions.getId())));
        long hospital = fixture.hospital(TestData.unique("T-DA-"), TestData.unique("分格改分类测试医院"));
        demoUsers.as("coordinator", () -> {
            catalog.assign(form.getId(), List.of(hospital));
            reports.saveDraft(reports.open(form.getId(), hospital, MARCH_2019), Map.of(code + ".MARRIED", new ReportCell(7L, null)));
        });

        assertThat(demoUsers.as("coordinator", () -> elements.holdsValues(abortions.getId()))).isTrue();
        ElementDefinition byAge = changed.copy();
        byAge.setFirstCategoryId(category("AGE_GROUP"));
        refused(() -> demoUsers.as("coordinator", () -> elements.save(byAge)), "firstCategoryId", "dataElement.error.combinationInUse");
        ElementDefinition twoWays = changed.copy();
        twoWays.setSecondCategoryId(category("AGE_GROUP"));
        refused(() -> demoUsers.as("coordinator", () -> elements.save(twoWays)), "firstCategoryId", "dataElement.error.combinationInUse");
        ElementDefinition none = changed.copy();
        none.setFirstCategoryId(null);
        refused(() -> demoUsers.as("coordinator", () -> elements.save(none)), "firstCategoryId", "dataElement.error.combinationInUse");

        // names still change, and the cells' names follow
        ElementDefinition renamed = changed.copy();
        renamed.setNameZh(TestData.unique("人工流产例数（改名）"));
        demoUsers.as("coordinator", () -> elements.save(renamed));
        assertThat(demoUsers.as("coordinator", () -> catalog.cells(abortions.getId()))).first()
                .satisfies(c -> assertThat(c.element().nameZh()).isEqualTo(renamed.getNameZh() + "（已婚）"));
        assertThat(audit("DataElement", abortions.getId())).containsExactly("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void moreThanTwelveCellsOrTheSameCategoryTwiceIsRefusedAndNothingIsStored() {
        CategoryDefinition visits = new CategoryDefinition();
        visits.setCode(TestData.unique("T_VISIT_").toUpperCase());
        visits.setNameZh(TestData.unique("就诊次数分组"));
        visits.setNameEn("Visit groups");
        visits.setOptions(demoUsers.as("coordinator", () -> categories.readOptions("""
                V1 | 1次 | once
                V2 | 2次 | twice
                V3 3次 three times
                V4 4次 four times
                V5 | 5次及以上 | five or more""")));
        CategoryDefinition five = demoUsers.as("coordinator", () -> categories.save(visits));
        assertThat(five.getOptions()).extracting(CategoryOption::code).containsExactly("V1", "V2", "V3", "V4", "V5");
        assertThat(five.getOptions().get(2).nameEn()).isEqualTo("three times");

        long before = jdbc.sql("SELECT COUNT(*) FROM data_element").query(Long.class).single();
        refused(() -> demoUsers.as("coordinator", () -> elements.save(element("超格测试", category("AGE_GROUP"), five.getId()))),
                "secondCategoryId", "dataElement.error.tooManyCells");
        refused(() -> demoUsers.as("coordinator", () -> elements.save(element("同类两次测试", category("AGE_GROUP"), category("AGE_GROUP")))),
                "secondCategoryId", "dataElement.error.categoryTwice");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_element").query(Long.class).single()).isEqualTo(before);

        // 3 age groups × 4 reasons are exactly 12 cells; two categories make codes of two options
        ElementDefinition twelve = demoUsers.as("coordinator", () -> elements.save(element("十二格测试", category("AGE_GROUP"), category("ABORTION_REASON"))));
        List<OptionCell> cells = demoUsers.as("coordinator", () -> catalog.cells(twelve.getId()));
        assertThat(cells).hasSize(12);
        assertThat(cells.getFirst().element().code()).isEqualTo(twelve.getCode() + ".AGE_LT20.WORK_ECONOMY");
        assertThat(cells.getFirst().label(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("<20岁 · 工作、经济因素");
        assertThat(cells.getFirst().element().nameZh()).isEqualTo(twelve.getNameZh() + "（<20岁，工作、经济因素）");
    }

    @Test
    void aCategorysOptionsKeepTheirCodesOnceAnElementIsSplitByItButTheirNamesChange() {
        CategoryDefinition draft = new CategoryDefinition();
        draft.setCode(TestData.unique("T_PARITY_").toUpperCase());
        draft.setNameZh(TestData.unique("孕次"));
        draft.setNameEn("Parity");
        draft.setOptions(List.of(new CategoryOption("FIRST", "首次", "first"), new CategoryOption("REPEAT", "再次", "repeat")));
        CategoryDefinition parity = demoUsers.as("coordinator", () -> categories.save(draft));
        ElementDefinition split = demoUsers.as("coordinator", () -> elements.save(element("按孕次人流例数", parity.getId(), null)));

        CategoryDefinition more = parity.copy();
        more.setOptions(List.of(new CategoryOption("FIRST", "首次", "first"), new CategoryOption("REPEAT", "再次", "repeat"),
                new CategoryOption("THIRD", "三次及以上", "third or more")));
        refused(() -> demoUsers.as("coordinator", () -> categories.save(more)), "options", "category.error.optionsInUse");
        CategoryDefinition one = parity.copy();
        one.setOptions(List.of(new CategoryOption("FIRST", "首次", "first")));
        refused(() -> demoUsers.as("coordinator", () -> categories.save(one)), "options", "category.error.tooFewOptions");
        refused(() -> demoUsers.as("coordinator", () -> categories.readOptions("ONLY_A_CODE")), "options", "category.error.optionLine");

        CategoryDefinition renamed = parity.copy();
        renamed.setOptions(List.of(new CategoryOption("FIRST", "第一次", "first time"), new CategoryOption("REPEAT", "重复", "repeat")));
        demoUsers.as("coordinator", () -> categories.save(renamed));
        assertThat(demoUsers.as("coordinator", () -> catalog.cells(split.getId()))).first()
                .satisfies(c -> assertThat(c.element().nameZh()).isEqualTo(split.getNameZh() + "（第一次）"));

        demoUsers.as("coordinator", () -> categories.setRetired(categories.find(parity.getId()).orElseThrow(), true));
        assertThat(demoUsers.as("coordinator", () -> catalog.offeredCategories())).extracting(Category::id).doesNotContain(parity.getId());
        refused(() -> demoUsers.as("coordinator", () -> elements.save(element("停用分类测试", parity.getId(), null))),
                "firstCategoryId", "dataElement.error.categoryRetired");
        assertThat(demoUsers.as("coordinator", () -> catalog.cells(split.getId()))).as("an element split by it keeps its cells").hasSize(2);
        assertThat(audit("Category", parity.getId())).containsExactly("CREATE", "UPDATE", "DEACTIVATE");
    }

    private long category(String code) {
        return jdbc.sql("SELECT id FROM category WHERE code = ?").param(code).query(Long.class).single();
    }

    private static ElementDefinition element(String name, Long first, Long second) {
        ElementDefinition element = CatalogueFixture.element("DA_", name, "Disaggregation test element", ValueType.WHOLE_NUMBER,
                Aggregation.SUM, "例");
        element.setUnitEn("cases");
        element.setFirstCategoryId(first);
        element.setSecondCategoryId(second);
        return element;
    }

    private static FormDefinition form(long elementId) {
        return CatalogueFixture.monthlyForm("DA_FORM_", "分格填报测试月报", "Disaggregation test form",
                List.of(new FormRow(elementId, "人工流产", "Induced abortions")), MARCH_2019);
    }

    private static IndicatorDefinition indicator(String numerator) {
        return CatalogueFixture.indicator("T_DA_", "分格指标", "Disaggregation test indicator", numerator, Direction.FALLING_IS_GOOD);
    }

    private Map<String, Long> storedValues(long reportId) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql("SELECT e.code, v.value FROM stat_value v JOIN data_element e ON e.id = v.data_element_id WHERE v.stat_report_id = ?")
                .param(reportId).query(rs -> {
                    values.put(rs.getString("code"), rs.getLong("value"));
                });
        return values;
    }

    private List<String> audit(String entity, long id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY id")
                .params(entity, id).query(String.class).list();
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static Path csv(String text) {
        return CatalogueFixture.csv("disaggregations", text);
    }
}
