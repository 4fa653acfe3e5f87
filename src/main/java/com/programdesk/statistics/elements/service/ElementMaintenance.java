package com.programdesk.statistics.elements.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.CatalogueWrites;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary;
import com.programdesk.statistics.elements.domain.ElementSummary.FormName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data elements kept in the portal (数据元) by administrators and coordinators. The catalogue is one
 * for the whole installation: everyone who keeps it reads all of it, and codes are unique everywhere.
 * An element belongs to the area of whoever created it (none for users bound to no area, and for the
 * seeded catalogue); it is edited, retired and reactivated by whoever covers that area. Elements are
 * never deleted: a retired one is no longer offered, but keeps its values and its name wherever they
 * are shown. Every change is audited and forgets the shared catalogue.
 */
@Service
@Transactional(readOnly = true)
public class ElementMaintenance {

    private static final AuditedEntity ENTITY = AuditedEntity.DATA_ELEMENT;
    private static final String COLUMNS = """
            e.id, e.version, e.code, e.name_zh, e.name_en, e.unit_zh, e.unit_en, e.aggregation, e.description_zh, e.description_en,
            e.national_code, e.value_type, e.short_name_zh, e.short_name_en, e.retired, e.retired_by, e.retired_at, e.area_id,
            e.parent_id, e.option_combo, e.first_category_id, e.second_category_id, a.path AS area_path""";
    private static final String FROM = " FROM data_element e LEFT JOIN area a ON a.id = e.area_id ";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ElementRules rules;
    private final CellElements cells;
    private final Clock clock;

    ElementMaintenance(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.rules = new ElementRules(jdbc);
        this.cells = new CellElements(jdbc);
    }

    /** One page of the elements whose code, name or short name contains {@code text}, by code; retired ones only when asked. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<ElementSummary> search(String text, boolean withRetired, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, withRetired, params);
        params.put("limit", limit);
        params.put("offset", offset);
        Map<Long, List<FormName>> forms = activeFormsByElement();
        AuthenticatedUser user = currentUser.require();
        return jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY e.code LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new ElementSummary(StatisticsCatalog.element(rs, n), forms.getOrDefault(rs.getLong("id"), List.of()),
                        CatalogueKeepers.mayKeep(user, rs.getString("area_path"))))
                .list();
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public int count(String text, boolean withRetired) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, withRetired, params);
        return jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Integer.class).single();
    }

    private static String where(String text, boolean withRetired, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("e.parent_id IS NULL"); // option cells are kept with their element
        if (!withRetired) {
            conditions.add("NOT e.retired");
        }
        if (text != null && !text.isBlank()) {
            params.put("text", LikePatterns.contains(text));
            conditions.add("(e.code LIKE :text OR e.name_zh LIKE :text OR e.name_en LIKE :text OR e.short_name_zh LIKE :text"
                    + " OR e.short_name_en LIKE :text)");
        }
        return "WHERE " + String.join(" AND ", conditions);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<ElementDefinition> find(long id) {
        return read(id).map(Stored::element);
    }

    /** Whether the user may change the element: whoever covers the area it belongs to. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean mayEdit(ElementDefinition element) {
        if (element.isNew()) {
            return true;
        }
        return read(element.getId()).map(s -> CatalogueKeepers.mayKeep(currentUser.require(), s.areaPath())).orElse(false);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return code != null && rules.isCodeTaken(code, exceptId);
    }

    /** The categories a disaggregation may choose (those not retired, and any the element already has), by code. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<Category> categoriesFor(ElementDefinition element) {
        List<Long> chosen = element.categoryIds();
        return catalog.categories().stream().filter(c -> !c.retired() || chosen.contains(c.id())).toList();
    }

    /** True when reports or population figures hold values of the element: its type and aggregation are then fixed. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean holdsValues(long elementId) {
        return rules.holdsValues(elementId);
    }

    /**
     * Creates or updates an element. A bad field is refused with {@link InvalidFieldException}, a copy
     * someone else saved meanwhile with {@link OptimisticLockingFailureException}; either way nothing is written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public ElementDefinition save(ElementDefinition edited) {
        ElementDefinition element = edited.copy();
        if (element.isNew()) {
            rules.check(element, null);
            rules.checkCombination(element, null, cells);
            element.setAreaId(CatalogueKeepers.areaOfNewItem(currentUser.require()));
            long id = insert(element);
            cells.sync(id, "firstCategoryId", currentUser.actorName(), LocalDateTime.now(clock));
            forgetAndAudit(AuditAction.CREATE, id, AuditChanges.of(element.auditFields()));
            return find(id).orElseThrow();
        }
        Stored before = keptByUser(element);
        if (before.isOptionCell()) {
            throw new AccessDeniedException("Data element " + element.getId() + " is an option cell, kept with its element");
        }
        rules.check(element, before.element());
        rules.checkCombination(element, before.element(), cells);
        int updated = jdbc.sql("""
                UPDATE data_element SET name_zh = :nameZh, name_en = :nameEn, short_name_zh = :shortNameZh, short_name_en = :shortNameEn,
                    value_type = :valueType, aggregation = :aggregation, unit_zh = :unitZh, unit_en = :unitEn,
                    description_zh = :descriptionZh, description_en = :descriptionEn,
                    first_category_id = :firstCategoryId, second_category_id = :secondCategoryId, version = version + 1
                WHERE id = :id AND version = :version""").params(params(element))
                .param("id", element.getId()).param("version", element.getVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Data element " + element.getId() + " was changed meanwhile");
        }
        cells.sync(element.getId(), "firstCategoryId", currentUser.actorName(), LocalDateTime.now(clock));
        forgetAndAudit(AuditAction.UPDATE, element.getId(), AuditChanges.between(before.element().auditFields(), element.auditFields()));
        return find(element.getId()).orElseThrow();
    }

    /**
     * Retires an element (no longer offered for forms and imports; its values stay) or brings it back.
     * An element still on an active form is not retired: the refusal names those forms.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public ElementDefinition setRetired(ElementDefinition element, boolean retired) {
        Stored stored = keptByUser(element);
        if (stored.element().isRetired() == retired) {
            return stored.element();
        }
        if (retired) {
            List<FormName> forms = activeFormsByElement().getOrDefault(element.getId(), List.of());
            if (!forms.isEmpty()) {
                throw new ElementOnFormsException(forms);
            }
        }
        CatalogueWrites.setRetired(jdbc, "data_element", element.getId(), element.getVersion(), retired,
                currentUser.actorName(), LocalDateTime.now(clock));
        forgetAndAudit(retired ? AuditAction.DEACTIVATE : AuditAction.REACTIVATE, element.getId(),
                CatalogueWrites.statusChange("retired", retired));
        return find(element.getId()).orElseThrow();
    }

    /** The stored element, provided the user keeps it and nobody changed it since {@code element} was read. */
    private Stored keptByUser(ElementDefinition element) {
        Stored stored = read(element.getId())
                .filter(s -> s.element().getVersion().equals(element.getVersion()))
                .orElseThrow(() -> new OptimisticLockingFailureException("Data element " + element.getId() + " was changed meanwhile"));
        if (!CatalogueKeepers.mayKeep(currentUser.require(), stored.areaPath())) {
            throw new AccessDeniedException("Data element " + element.getId() + " is kept by another area");
        }
        return stored;
    }

    private long insert(ElementDefinition element) {
        return CatalogueWrites.insert(jdbc.sql("""
                INSERT INTO data_element (code, name_zh, name_en, short_name_zh, short_name_en, value_type, aggregation, unit_zh, unit_en,
                    description_zh, description_en, area_id, first_category_id, second_category_id)
                VALUES (:code, :nameZh, :nameEn, :shortNameZh, :shortNameEn, :valueType, :aggregation, :unitZh, :unitEn,
                    :descriptionZh, :descriptionEn, :areaId, :firstCategoryId, :secondCategoryId)""").params(params(element)),
                "dataElement.error.codeTaken");
    }

    private static Map<String, Object> params(ElementDefinition element) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", element.getCode());
        params.put("nameZh", element.getNameZh());
        params.put("nameEn", element.getNameEn());
        params.put("shortNameZh", element.getShortNameZh());
        params.put("shortNameEn", element.getShortNameEn());
        params.put("valueType", element.getValueType().name());
        params.put("aggregation", element.getAggregation().name());
        params.put("unitZh", element.getUnitZh());
        params.put("unitEn", element.getUnitEn());
        params.put("descriptionZh", element.getDescriptionZh());
        params.put("descriptionEn", element.getDescriptionEn());
        params.put("areaId", element.getAreaId());
        params.put("firstCategoryId", element.getFirstCategoryId());
        params.put("secondCategoryId", element.getSecondCategoryId());
        return params;
    }

    private void forgetAndAudit(AuditAction action, long id, String changes) {
        catalog.forgetCatalogue();
        audit.record(action, ENTITY, id, changes);
    }


    private Map<Long, List<FormName>> activeFormsByElement() {
        Map<Long, List<FormName>> forms = new HashMap<>();
        for (ReportForm form : catalog.forms()) {
            for (FormElement row : form.elements()) {
                forms.computeIfAbsent(row.element().id(), id -> new ArrayList<>()).add(new FormName(form.code(), form.nameZh(), form.nameEn()));
            }
        }
        return forms;
    }

    private Optional<Stored> read(@Nullable Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE e.id = :id").param("id", id).query(ElementMaintenance::stored).optional();
    }

    private record Stored(ElementDefinition element, @Nullable String areaPath, boolean isOptionCell) {
    }

    private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
        ElementDefinition element = new ElementDefinition();
        CatalogueWrites.readItem(element, rs);
        element.setShortNameZh(rs.getString("short_name_zh"));
        element.setShortNameEn(rs.getString("short_name_en"));
        element.setValueType(ValueType.valueOf(rs.getString("value_type")));
        element.setAggregation(Aggregation.valueOf(rs.getString("aggregation")));
        element.setUnitZh(rs.getString("unit_zh"));
        element.setUnitEn(rs.getString("unit_en"));
        element.setDescriptionZh(rs.getString("description_zh"));
        element.setDescriptionEn(rs.getString("description_en"));
        element.setFirstCategoryId(rs.getObject("first_category_id", Long.class));
        element.setSecondCategoryId(rs.getObject("second_category_id", Long.class));
        return new Stored(element, rs.getString("area_path"), rs.getObject("parent_id", Long.class) != null);
    }
}
