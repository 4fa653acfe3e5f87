package com.programdesk.statistics.elements.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.InvalidFieldsException;
import com.programdesk.base.service.TextInput;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.CatalogueWrites;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories for disaggregations (分类: 年龄组, 婚姻状况, 人流原因) kept in the portal by administrators and
 * coordinators, under the keeper rule of the other catalogue items. A category has at least two options. Once an
 * element's disaggregation names it, its options keep their codes and order (the cells are child elements with
 * those codes) and only their names change, which renames the cells with them. Retired, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class CategoryMaintenance {

    private static final AuditedEntity ENTITY = AuditedEntity.CATEGORY;

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final CellElements cells;
    private final Clock clock;

    CategoryMaintenance(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.cells = new CellElements(jdbc);
    }

    /** Every category by code, retired ones only when asked: two statements, however many there are. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<CategoryDefinition> list(boolean withRetired) {
        Map<Long, List<CategoryOption>> options = new java.util.HashMap<>();
        jdbc.sql("SELECT category_id, code, name_zh, name_en FROM category_option ORDER BY category_id, position, id").query(rs -> {
            options.computeIfAbsent(rs.getLong("category_id"), id -> new ArrayList<>())
                    .add(new CategoryOption(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")));
        });
        return jdbc.sql("SELECT c.id, c.version, c.code, c.name_zh, c.name_en, c.area_id, c.retired, NULL AS area_path FROM category c"
                        + (withRetired ? "" : " WHERE NOT c.retired") + " ORDER BY c.code")
                .query((rs, n) -> category(rs, options.getOrDefault(rs.getLong("id"), List.of())).category()).list();
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<CategoryDefinition> find(long id) {
        return read(id).map(Stored::category);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean mayEdit(CategoryDefinition category) {
        return category.isNew() || read(category.getId()).map(s -> CatalogueKeepers.mayKeep(currentUser.require(), s.areaPath())).orElse(false);
    }

    /** True when an element's disaggregation names the category: its options' codes and order are then fixed. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean inUse(long categoryId) {
        return !cells.elementsOf(categoryId).isEmpty();
    }

    /**
     * Reads options typed one per line as {@code CODE 中文名 English name} (separated by spaces, a tab or '|';
     * the English name may hold spaces). A line that does not read is refused at {@code options}.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<CategoryOption> readOptions(String text) {
        List<CategoryOption> options = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s*\\|\\s*|\\t+|\\s+", 3);
            if (parts.length < 3) {
                throw new InvalidFieldException("options", "category.error.optionLine");
            }
            options.add(new CategoryOption(parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2].strip()));
        }
        return options;
    }

    /**
     * Creates or updates a category; bad fields are refused with {@link InvalidFieldException} (several at once:
     * {@link InvalidFieldsException}), nothing written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public CategoryDefinition save(CategoryDefinition edited) {
        return save(edited, null);
    }

    /**
     * Reads the options as typed (see {@link #readOptions}) and saves: a line that does not read is refused at
     * {@code options} together with every other field's problem ({@link InvalidFieldsException}), nothing written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public CategoryDefinition save(CategoryDefinition edited, String optionsText) {
        CategoryDefinition category = edited.copy();
        InvalidFieldException optionsProblem = null;
        if (optionsText != null) {
            try {
                category.setOptions(readOptions(optionsText));
            } catch (InvalidFieldException e) {
                optionsProblem = e;
            }
        }
        Stored before = category.isNew() ? null : keptByUser(category);
        check(category, before == null ? null : before.category(), optionsProblem);
        LocalDateTime now = LocalDateTime.now(clock);
        long id;
        if (before == null) {
            category.setAreaId(CatalogueKeepers.areaOfNewItem(currentUser.require()));
            id = CatalogueWrites.insert(jdbc.sql("INSERT INTO category (code, name_zh, name_en, area_id) VALUES (:code, :nameZh, :nameEn, :areaId)")
                    .param("code", category.getCode()).param("nameZh", category.getNameZh()).param("nameEn", category.getNameEn())
                    .param("areaId", category.getAreaId()), "category.error.codeTaken");
        } else {
            id = category.getId();
            int updated = jdbc.sql("""
                    UPDATE category SET name_zh = :nameZh, name_en = :nameEn, version = version + 1 WHERE id = :id AND version = :version""")
                    .param("nameZh", category.getNameZh()).param("nameEn", category.getNameEn())
                    .param("id", id).param("version", category.getVersion()).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Category " + id + " was changed meanwhile");
            }
            jdbc.sql("DELETE FROM category_option WHERE category_id = :id").param("id", id).update();
        }
        int position = 1;
        for (CategoryOption option : category.getOptions()) {
            jdbc.sql("""
                    INSERT INTO category_option (category_id, code, name_zh, name_en, position) VALUES (:category, :code, :nameZh, :nameEn, :position)""")
                    .param("category", id).param("code", option.code()).param("nameZh", option.nameZh()).param("nameEn", option.nameEn())
                    .param("position", position++).update();
        }
        for (long element : cells.elementsOf(id)) {
            cells.sync(element, "options", currentUser.actorName(), now);
        }
        catalog.forgetCatalogue();
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, id, before == null
                ? AuditChanges.of(category.auditFields()) : AuditChanges.between(before.category().auditFields(), category.auditFields()));
        return find(id).orElseThrow();
    }

    /** Retires a category (no longer offered to disaggregations; elements that have it keep it) or brings it back. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public CategoryDefinition setRetired(CategoryDefinition category, boolean retired) {
        Stored stored = keptByUser(category);
        if (stored.category().isRetired() == retired) {
            return stored.category();
        }
        CatalogueWrites.setRetired(jdbc, "category", category.getId(), category.getVersion(), retired,
                currentUser.actorName(), LocalDateTime.now(clock));
        catalog.forgetCatalogue();
        audit.record(retired ? AuditAction.DEACTIVATE : AuditAction.REACTIVATE, ENTITY, category.getId(),
                CatalogueWrites.statusChange("retired", retired));
        return find(category.getId()).orElseThrow();
    }

    /**
     * Checks every field and refuses them all at once ({@link InvalidFieldsException}): the code, each name and the
     * options, each field with its first problem; {@code optionsProblem} is a line of the options that did not read.
     */
    private void check(CategoryDefinition category, @Nullable CategoryDefinition before, @Nullable InvalidFieldException optionsProblem) {
        List<InvalidFieldException> problems = new ArrayList<>();
        String code = category.getCode() == null ? "" : category.getCode().strip().toUpperCase(Locale.ROOT);
        String codeProblem = null;
        if (code.isEmpty()) {
            codeProblem = "validation.required";
        } else if (before != null && !code.equals(before.getCode())) {
            codeProblem = "dataElement.error.codeFixed";
        } else if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
            codeProblem = "dataElement.error.codePattern";
        } else if (before == null && jdbc.sql("SELECT COUNT(*) FROM category WHERE code = :code").param("code", code).query(Long.class).single() > 0) {
            codeProblem = "category.error.codeTaken";
        }
        if (codeProblem != null) {
            problems.add(new InvalidFieldException("code", codeProblem));
        }
        category.setCode(code);
        try {
            category.setNameZh(TextInput.required(category.getNameZh(), "nameZh", CategoryDefinition.NAME_ZH_MAX));
        } catch (InvalidFieldException e) {
            problems.add(e);
        }
        try {
            category.setNameEn(TextInput.required(category.getNameEn(), "nameEn", CategoryDefinition.NAME_EN_MAX));
        } catch (InvalidFieldException e) {
            problems.add(e);
        }
        if (optionsProblem != null) {
            problems.add(optionsProblem);
        } else {
            String optionsKey = null;
            List<CategoryOption> options = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (CategoryOption option : category.getOptions()) {
                String optionCode = option.code() == null ? "" : option.code().strip().toUpperCase(Locale.ROOT);
                String nameZh = option.nameZh() == null ? "" : option.nameZh().strip();
                String nameEn = option.nameEn() == null ? "" : option.nameEn().strip();
                if (!CategoryOption.CODE_PATTERN.matcher(optionCode).matches()) {
                    optionsKey = "category.error.optionCode";
                } else if (!codes.add(optionCode)) {
                    optionsKey = "category.error.optionTwice";
                } else if (nameZh.isEmpty() || nameEn.isEmpty() || nameZh.length() > CategoryOption.NAME_ZH_MAX
                        || nameEn.length() > CategoryOption.NAME_EN_MAX) {
                    optionsKey = "category.error.optionName";
                }
                if (optionsKey != null) {
                    break;
                }
                options.add(new CategoryOption(optionCode, nameZh, nameEn));
            }
            if (optionsKey == null && options.size() < CategoryDefinition.OPTIONS_MIN) {
                optionsKey = "category.error.tooFewOptions";
            }
            if (optionsKey == null && before != null && !cells.elementsOf(before.getId()).isEmpty()
                    && !options.stream().map(CategoryOption::code).toList().equals(before.getOptions().stream().map(CategoryOption::code).toList())) {
                optionsKey = "category.error.optionsInUse";
            }
            if (optionsKey != null) {
                problems.add(new InvalidFieldException("options", optionsKey));
            } else {
                category.setOptions(options);
            }
        }
        InvalidFieldsException.throwIfAny(problems);
    }

    private Stored keptByUser(CategoryDefinition category) {
        Stored stored = read(category.getId()).filter(s -> s.category().getVersion().equals(category.getVersion()))
                .orElseThrow(() -> new OptimisticLockingFailureException("Category " + category.getId() + " was changed meanwhile"));
        if (!CatalogueKeepers.mayKeep(currentUser.require(), stored.areaPath())) {
            throw new AccessDeniedException("Category " + category.getId() + " is kept by another area");
        }
        return stored;
    }

    private Optional<Stored> read(@Nullable Long id) {
        if (id == null) {
            return Optional.empty();
        }
        List<CategoryOption> options = jdbc.sql("SELECT code, name_zh, name_en FROM category_option WHERE category_id = :id ORDER BY position, id")
                .param("id", id).query((rs, n) -> new CategoryOption(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
                .list();
        return jdbc.sql("""
                SELECT c.id, c.version, c.code, c.name_zh, c.name_en, c.area_id, c.retired, a.path AS area_path
                FROM category c LEFT JOIN area a ON a.id = c.area_id WHERE c.id = :id""").param("id", id)
                .query((rs, n) -> category(rs, options)).optional();
    }

    private static Stored category(java.sql.ResultSet rs, List<CategoryOption> options) throws java.sql.SQLException {
        CategoryDefinition category = new CategoryDefinition();
        category.setId(rs.getLong("id"));
        category.setVersion(rs.getInt("version"));
        category.setCode(rs.getString("code"));
        category.setNameZh(rs.getString("name_zh"));
        category.setNameEn(rs.getString("name_en"));
        category.setAreaId(rs.getObject("area_id", Long.class));
        category.setRetired(rs.getBoolean("retired"));
        category.setOptions(options);
        return new Stored(category, rs.getString("area_path"));
    }

    private record Stored(CategoryDefinition category, @Nullable String areaPath) {
    }
}
