package com.programdesk.statistics.elements.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.statistics.catalog.domain.CategoryOption;
import com.programdesk.statistics.catalog.domain.Disaggregation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a disaggregated element's option cells (child data elements) in step with the element: one child per
 * option combination, named and typed after its parent; a combination no longer chosen is retired, never deleted
 * (a later choice of the same option brings it back). Runs in the caller's transaction, reading the database
 * rather than the shared catalogue, which may not know this transaction's changes.
 */
final class CellElements {

    private final JdbcClient jdbc;

    CellElements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The categories (with their options, in order) of these ids, read now. */
    Disaggregation disaggregation(List<Long> categoryIds) {
        List<Category> categories = new ArrayList<>();
        for (Long id : categoryIds) {
            List<CategoryOption> options = jdbc.sql("SELECT code, name_zh, name_en FROM category_option WHERE category_id = :id ORDER BY position, id")
                    .param("id", id).query((rs, n) -> new CategoryOption(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
                    .list();
            jdbc.sql("SELECT id, code, name_zh, name_en, retired FROM category WHERE id = :id").param("id", id)
                    .query((rs, n) -> new Category(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                            rs.getBoolean("retired"), options))
                    .optional().ifPresent(categories::add);
        }
        return new Disaggregation(categories);
    }

    /** The element's stored categories, in order. */
    List<Long> categoryIdsOf(long elementId) {
        return jdbc.sql("SELECT first_category_id, second_category_id FROM data_element WHERE id = :id").param("id", elementId)
                .query((rs, n) -> {
                    List<Long> ids = new ArrayList<>();
                    Long first = rs.getObject("first_category_id", Long.class);
                    Long second = rs.getObject("second_category_id", Long.class);
                    if (first != null) {
                        ids.add(first);
                    }
                    if (second != null) {
                        ids.add(second);
                    }
                    return ids;
                }).single();
    }

    /** The elements whose disaggregation names the category. */
    List<Long> elementsOf(long categoryId) {
        return jdbc.sql("SELECT id FROM data_element WHERE first_category_id = :id OR second_category_id = :id ORDER BY id")
                .param("id", categoryId).query(Long.class).list();
    }

    /**
     * Makes the element's children match its stored disaggregation and its names, unit, type and aggregation.
     * A cell's name another element already has is refused at {@code field} (the import finds elements by name).
     */
    void sync(long parentId, String field, String actor, LocalDateTime now) {
        Parent parent = jdbc.sql("""
                SELECT code, name_zh, name_en, unit_zh, unit_en, aggregation, value_type, area_id FROM data_element WHERE id = :id""")
                .param("id", parentId).query((rs, n) -> new Parent(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("unit_zh"), rs.getString("unit_en"), rs.getString("aggregation"), rs.getString("value_type"),
                        rs.getObject("area_id", Long.class)))
                .single();
        Map<String, Child> existing = new HashMap<>();
        jdbc.sql("SELECT id, option_combo, retired FROM data_element WHERE parent_id = :parent").param("parent", parentId)
                .query(rs -> {
                    existing.put(rs.getString("option_combo"), new Child(rs.getLong("id"), rs.getBoolean("retired")));
                });
        Set<String> wanted = new HashSet<>();
        List<Long> categoryIds = categoryIdsOf(parentId);
        // an element split by nothing has no cells (the one empty combination would make a cell "X.")
        for (List<CategoryOption> options : categoryIds.isEmpty() ? List.<List<CategoryOption>>of()
                : disaggregation(categoryIds).combinations()) {
            String combo = Disaggregation.comboCode(options);
            wanted.add(combo);
            String nameZh = Disaggregation.cellNameZh(parent.nameZh(), options);
            Child child = existing.get(combo);
            boolean nameTaken = jdbc.sql("""
                    SELECT COUNT(*) FROM data_element WHERE name_zh = :name AND NOT (parent_id <=> :parent AND option_combo <=> :combo)""")
                    .param("name", nameZh).param("parent", parentId).param("combo", combo).query(Long.class).single() > 0;
            if (nameTaken) {
                throw new InvalidFieldException(field, "dataElement.error.cellNameTaken");
            }
            Map<String, Object> params = new HashMap<>();
            params.put("code", Disaggregation.cellCode(parent.code(), options));
            params.put("nameZh", nameZh);
            params.put("nameEn", Disaggregation.cellNameEn(parent.nameEn(), options));
            params.put("unitZh", parent.unitZh());
            params.put("unitEn", parent.unitEn());
            params.put("aggregation", parent.aggregation());
            params.put("valueType", parent.valueType());
            params.put("areaId", parent.areaId());
            params.put("parent", parentId);
            params.put("combo", combo);
            if (child == null) {
                jdbc.sql("""
                        INSERT INTO data_element (code, name_zh, name_en, unit_zh, unit_en, aggregation, value_type, area_id, parent_id, option_combo)
                        VALUES (:code, :nameZh, :nameEn, :unitZh, :unitEn, :aggregation, :valueType, :areaId, :parent, :combo)""")
                        .params(params).update();
            } else {
                jdbc.sql("""
                        UPDATE data_element SET name_zh = :nameZh, name_en = :nameEn, unit_zh = :unitZh, unit_en = :unitEn,
                            aggregation = :aggregation, value_type = :valueType, area_id = :areaId,
                            retired = FALSE, retired_by = NULL, retired_at = NULL, version = version + 1
                        WHERE id = :id""").params(params).param("id", child.id()).update();
            }
        }
        existing.forEach((combo, child) -> {
            if (!wanted.contains(combo) && !child.retired()) {
                jdbc.sql("UPDATE data_element SET retired = TRUE, retired_by = :by, retired_at = :at, version = version + 1 WHERE id = :id")
                        .param("by", actor).param("at", now).param("id", child.id()).update();
            }
        });
    }

    private record Parent(String code, String nameZh, String nameEn, String unitZh, String unitEn, String aggregation, String valueType,
                          Long areaId) {
    }

    private record Child(long id, boolean retired) {
    }
}
