package com.programdesk.statistics.imports.service;

import com.programdesk.base.documents.TableFileException;
import com.programdesk.base.documents.TableRow;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportShape;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a file's header row, in Chinese or English. With an element column and a value column
 * the file is "long" (a value per row); otherwise every other column must name a data element, by
 * code, exact Chinese name or "name (CODE)" — the "wide" layout of the regional platforms' exports,
 * whose bookkeeping columns (序号, 地区, 备注 …) are skipped.
 */
final class ImportColumns {

    static final String NO_INSTITUTION = "import.fatal.noInstitutionColumn";
    static final String NO_PERIOD = "import.fatal.noPeriodColumn";
    static final String NO_VALUES = "import.fatal.noValueColumns";

    private static final Map<String, String> ROLES = new HashMap<>();
    private static final Set<String> BOOKKEEPING = Set.of("序号", "编号", "no", "地区", "区县", "县区", "所属地区", "行政区划", "区划代码",
            "乡镇", "乡镇街道", "填报人", "填报日期", "上报时间", "上报日期", "审核状态", "状态", "备注", "说明", "联系电话", "联系人", "机构类型",
            "单位", "计量单位", "unit", "note", "notes", "remark", "remarks", "region", "status");
    private static final Pattern NAME_WITH_CODE = Pattern.compile("(.*?)[(（]\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*[)）]");

    static {
        role("institutionCode", "机构编码", "机构代码", "单位编码", "单位代码", "医疗机构编码", "医疗机构代码", "组织机构代码", "institutioncode",
                "institutionid", "orgcode");
        role("institutionName", "机构名称", "单位名称", "医疗机构名称", "机构", "institutionname", "institution", "orgname");
        role("period", "统计期", "统计期间", "统计周期", "报告期", "报表期", "统计月份", "统计年月", "月份", "期间", "年月", "period", "month");
        role("element", "指标编码", "指标代码", "数据元编码", "数据元代码", "数据元", "指标", "elementcode", "element", "indicatorcode",
                "dataelement");
        role("elementName", "指标名称", "数据元名称", "elementname", "indicatorname");
        role("value", "数值", "值", "数量", "数据", "value", "count", "amount");
    }

    final ImportShape shape;
    final String[] header;
    final int institutionCode;
    final int institutionName;
    final int period;
    final int element;
    final int elementName;
    final int value;
    /** Wide files: the element each column holds, null for the key and skipped columns. */
    final DataElement[] elements;
    final List<ImportProblem> problems = new ArrayList<>();

    private ImportColumns(String[] header, Map<String, Integer> roles, ImportShape shape, DataElement[] elements) {
        this.header = header;
        this.shape = shape;
        this.institutionCode = roles.getOrDefault("institutionCode", -1);
        this.institutionName = roles.getOrDefault("institutionName", -1);
        this.period = roles.getOrDefault("period", -1);
        this.element = roles.getOrDefault("element", -1);
        this.elementName = roles.getOrDefault("elementName", -1);
        this.value = roles.getOrDefault("value", -1);
        this.elements = elements;
    }

    static ImportColumns of(TableRow row, ImportLookups lookups) {
        String[] header = new String[row.cells().length];
        Map<String, Integer> roles = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            header[i] = row.cell(i);
            String role = ROLES.get(normalized(header[i]));
            if (role != null) {
                roles.putIfAbsent(role, i);
            }
        }
        if (!roles.containsKey("institutionCode") && !roles.containsKey("institutionName")) {
            throw new TableFileException(NO_INSTITUTION);
        }
        if (!roles.containsKey("period")) {
            throw new TableFileException(NO_PERIOD);
        }
        if (roles.containsKey("value") && (roles.containsKey("element") || roles.containsKey("elementName"))) {
            return new ImportColumns(header, roles, ImportShape.LONG, new DataElement[header.length]);
        }
        return wide(row, header, roles, lookups);
    }

    private static ImportColumns wide(TableRow row, String[] header, Map<String, Integer> roles, ImportLookups lookups) {
        DataElement[] elements = new DataElement[header.length];
        ImportColumns columns = new ImportColumns(header, roles, ImportShape.WIDE, elements);
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String text = header[i];
            if (roles.containsValue(i) || text.isEmpty()) {
                continue;
            }
            if (row.formula(i)) {
                columns.problems.add(ImportProblem.of(row.number(), text, ImportProblemKind.FORMULA, text));
                continue;
            }
            DataElement element = elementOfHeader(text, lookups);
            if (element != null) {
                Integer earlier = seen.putIfAbsent(element.id(), i);
                if (earlier != null) {
                    columns.problems.add(ImportProblem.of(row.number(), text, ImportProblemKind.COLUMN_DUPLICATE, header[earlier]));
                } else {
                    elements[i] = element;
                }
            } else if (BOOKKEEPING.contains(normalized(text)) || roles.containsKey(ROLES.getOrDefault(normalized(text), "-"))) {
                columns.problems.add(ImportProblem.of(row.number(), text, ImportProblemKind.COLUMN_IGNORED, text));
            } else {
                columns.problems.add(ImportProblem.of(row.number(), text, ImportProblemKind.COLUMN_UNKNOWN, text));
            }
        }
        if (seen.isEmpty()) {
            throw new TableFileException(NO_VALUES);
        }
        return columns;
    }

    private static DataElement elementOfHeader(String text, ImportLookups lookups) {
        DataElement element = lookups.element(text);
        if (element != null) {
            return element;
        }
        Matcher withCode = NAME_WITH_CODE.matcher(text);
        return withCode.matches() ? lookups.element(withCode.group(2)) : null;
    }

    /**
     * The row under a wide header that repeats the elements' Chinese names (two-line headers of
     * platform exports): no institution, no period, and every element column blank or its name.
     */
    boolean isCaptionRow(TableRow row) {
        if (shape != ImportShape.WIDE || !row.cell(period).isEmpty() || !institutionText(row).isEmpty()) {
            return false;
        }
        boolean named = false;
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null || row.cell(i).isEmpty()) {
                continue;
            }
            if (!row.cell(i).equals(elements[i].nameZh()) && !row.cell(i).equalsIgnoreCase(elements[i].nameEn())) {
                return false;
            }
            named = true;
        }
        return named;
    }

    String institutionText(TableRow row) {
        String code = row.cell(institutionCode);
        return code.isEmpty() ? row.cell(institutionName) : code;
    }

    String name(int column) {
        return column >= 0 && column < header.length ? header[column] : "";
    }

    private static void role(String role, String... names) {
        for (String name : names) {
            ROLES.put(name, role);
        }
    }

    /** Header text compared without case, spaces, underscores, a required-field star or full-width forms. */
    static String normalized(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\s_\\-*]", "");
    }
}
