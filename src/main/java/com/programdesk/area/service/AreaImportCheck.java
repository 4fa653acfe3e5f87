package com.programdesk.area.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaCodes;
import com.programdesk.area.domain.AreaImportChange;
import com.programdesk.area.domain.AreaImportProblem;
import com.programdesk.area.domain.AreaImportProblemKind;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.documents.TableFileException;
import com.programdesk.base.documents.TableRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads an area file row by row and then checks it against the tree: every problem at its row, and
 * for a clean row whether it adds an area, renames one or matches the tree. Columns are found by
 * their header (code, name_zh, name_en, valid_from, or the Chinese headers); level and parent come
 * from the code.
 */
final class AreaImportCheck implements Consumer<TableRow> {

    static final String NO_CODE_COLUMN = "area.import.fatal.noCodeColumn";
    static final String NO_NAME_COLUMN = "area.import.fatal.noNameColumn";

    private static final Map<String, Column> HEADERS = headers();
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.BASIC_ISO_DATE);

    enum Column { CODE, NAME_ZH, NAME_EN, VALID_FROM }

    /** A row whose code is usable, with what it says. */
    record Row(int number, String code, AreaLevel level, @Nullable String parentCode, String nameZh, @Nullable String nameEn,
               @Nullable LocalDate validFrom) {
    }

    /** An area of the tree as the check needs it. */
    record Stored(long id, int version, String code, AreaLevel level, String path, String nameZh, @Nullable String nameEn,
                  @Nullable LocalDate validFrom, boolean active) {
    }

    private final Map<Column, Integer> columns = new LinkedHashMap<>();
    private final Map<Column, String> headerTexts = new HashMap<>();
    private final Map<String, Row> byCode = new LinkedHashMap<>();
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private final List<AreaImportProblem> problems = new ArrayList<>();
    private final List<AreaImportChange> changes = new ArrayList<>();
    private final List<Row> added = new ArrayList<>();
    private final List<Renamed> renamed = new ArrayList<>();
    private int rows;
    private int unchanged;
    private boolean headerSeen;

    /** A stored area the file renames. */
    record Renamed(Stored stored, Row row) {
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        if (!headerSeen) {
            header(row);
            headerSeen = true;
            return;
        }
        rows++;
        read(row);
    }

    private void header(TableRow row) {
        for (int i = 0; i < row.cells().length; i++) {
            String text = row.cell(i).replace("\uFEFF", "");
            Column column = HEADERS.get(text.toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (column != null && !columns.containsKey(column)) {
                columns.put(column, i);
                headerTexts.put(column, text);
            }
        }
        if (!columns.containsKey(Column.CODE)) {
            throw new TableFileException(NO_CODE_COLUMN);
        }
        if (!columns.containsKey(Column.NAME_ZH)) {
            throw new TableFileException(NO_NAME_COLUMN);
        }
    }

    private void read(TableRow row) {
        int number = row.number();
        String rawCode = cell(row, Column.CODE);
        String code = AreaCodes.normalize(rawCode);
        AreaLevel level = AreaCodes.levelOf(code);
        boolean usable = true;
        if (level == null) {
            problem(number, Column.CODE, AreaCodes.isVillage(code) && code.chars().allMatch(Character::isDigit)
                    ? AreaImportProblemKind.VILLAGE_CODE : AreaImportProblemKind.CODE_FORMAT, rawCode);
            usable = false;
        } else if (firstRowOf.containsKey(code)) {
            problems.add(new AreaImportProblem(number, header(Column.CODE), AreaImportProblemKind.DUPLICATE_CODE, code, firstRowOf.get(code)));
            usable = false;
        }
        String nameZh = cell(row, Column.NAME_ZH);
        if (nameZh.isEmpty()) {
            problem(number, Column.NAME_ZH, AreaImportProblemKind.NAME_MISSING, code);
            usable = false;
        } else if (nameZh.length() > Area.NAME_ZH_MAX) {
            problem(number, Column.NAME_ZH, AreaImportProblemKind.NAME_TOO_LONG, String.valueOf(Area.NAME_ZH_MAX));
            usable = false;
        }
        String nameEn = cell(row, Column.NAME_EN);
        if (nameEn.length() > Area.NAME_EN_MAX) {
            problem(number, Column.NAME_EN, AreaImportProblemKind.NAME_TOO_LONG, String.valueOf(Area.NAME_EN_MAX));
            usable = false;
        }
        String dateText = cell(row, Column.VALID_FROM);
        LocalDate validFrom = dateText.isEmpty() ? null : date(dateText);
        if (!dateText.isEmpty() && validFrom == null) {
            problem(number, Column.VALID_FROM, AreaImportProblemKind.DATE_FORMAT, dateText);
            usable = false;
        }
        if (level != null) {
            firstRowOf.putIfAbsent(code, number);
        }
        if (usable) {
            byCode.put(code, new Row(number, code, level, AreaCodes.parentCode(code, level), nameZh, nameEn.isEmpty() ? null : nameEn,
                    validFrom));
        }
    }

    /** The codes the comparison needs from the tree: those of the file and of the areas right above them. */
    Set<String> codesToLookUp() {
        Set<String> codes = new java.util.HashSet<>(byCode.keySet());
        byCode.values().stream().map(Row::parentCode).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    /**
     * Compares the usable rows with the tree ({@code stored} by code); {@code scope} is the path of an
     * administrator's own area (null: everywhere).
     */
    void compare(Map<String, Stored> stored, @Nullable String scope) {
        for (Row row : byCode.values()) {
            Stored existing = stored.get(row.code());
            if (existing != null) {
                if (!differs(existing, row)) {
                    unchanged++;
                } else if (scope != null && !existing.path().startsWith(scope)) {
                    problem(row.number(), Column.CODE, AreaImportProblemKind.OUTSIDE_SCOPE, row.code());
                } else {
                    renamed.add(new Renamed(existing, row));
                    change(row, AreaImportChange.Kind.RENAME, existing.nameZh());
                }
                continue;
            }
            String parentCode = row.parentCode();
            if (parentCode == null) {
                if (scope != null) {
                    problem(row.number(), Column.CODE, AreaImportProblemKind.OUTSIDE_SCOPE, row.code());
                    continue;
                }
            } else {
                if (!stored.containsKey(parentCode) && !firstRowOf.containsKey(parentCode)) {
                    problem(row.number(), Column.CODE, AreaImportProblemKind.UNKNOWN_PARENT, parentCode);
                    continue;
                }
                Stored parent = stored.get(parentCode);
                if (parent != null && !parent.active()) {
                    problem(row.number(), Column.CODE, AreaImportProblemKind.PARENT_INACTIVE, parent.code() + " " + parent.nameZh());
                    continue;
                }
                // a new area whose way up ends in a new province or a faulty row: that row says so
                Stored storedAncestor = storedAncestor(parentCode, stored);
                if (scope != null && storedAncestor != null && !storedAncestor.path().startsWith(scope)) {
                    problem(row.number(), Column.CODE, AreaImportProblemKind.OUTSIDE_SCOPE, row.code());
                    continue;
                }
            }
            added.add(row);
            change(row, AreaImportChange.Kind.NEW, null);
        }
        problems.sort(java.util.Comparator.comparingInt(AreaImportProblem::row));
        changes.sort(java.util.Comparator.comparingInt(AreaImportChange::row));
    }

    /** The nearest area above {@code parentCode} (itself included) that is already in the tree, following the file upwards. */
    private @Nullable Stored storedAncestor(String parentCode, Map<String, Stored> stored) {
        String code = parentCode;
        while (code != null) {
            Stored found = stored.get(code);
            if (found != null) {
                return found;
            }
            Row inFile = byCode.get(code);
            code = inFile == null ? null : inFile.parentCode();
        }
        return null;
    }

    private static boolean differs(Stored stored, Row row) {
        return !stored.nameZh().equals(row.nameZh())
                || (row.nameEn() != null && !row.nameEn().equals(stored.nameEn()))
                || (row.validFrom() != null && !row.validFrom().equals(stored.validFrom()));
    }

    private void change(Row row, AreaImportChange.Kind kind, @Nullable String previousName) {
        changes.add(new AreaImportChange(row.number(), kind, row.code(), row.level(), row.nameZh(), row.nameEn(), row.validFrom(),
                previousName));
    }

    private void problem(int row, Column column, AreaImportProblemKind kind, String detail) {
        problems.add(new AreaImportProblem(row, header(column), kind, detail, 0));
    }

    private String header(Column column) {
        return headerTexts.getOrDefault(column, column.name().toLowerCase(Locale.ROOT));
    }

    private String cell(TableRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    boolean headerSeen() {
        return headerSeen;
    }

    int rows() {
        return rows;
    }

    int unchanged() {
        return unchanged;
    }

    List<Row> added() {
        return added;
    }

    List<Renamed> renamed() {
        return renamed;
    }

    List<AreaImportProblem> problems() {
        return problems;
    }

    List<AreaImportChange> changes() {
        return changes;
    }

    private static Map<String, Column> headers() {
        Map<String, Column> headers = new HashMap<>();
        List.of("code", "area_code", "代码", "区划代码", "行政区划代码", "统计用区划代码").forEach(h -> headers.put(h, Column.CODE));
        List.of("name_zh", "name", "名称", "中文名称", "区划名称").forEach(h -> headers.put(h, Column.NAME_ZH));
        List.of("name_en", "english_name", "英文名称").forEach(h -> headers.put(h, Column.NAME_EN));
        List.of("valid_from", "生效日期", "有效期起").forEach(h -> headers.put(h, Column.VALID_FROM));
        return Map.copyOf(headers);
    }
}
