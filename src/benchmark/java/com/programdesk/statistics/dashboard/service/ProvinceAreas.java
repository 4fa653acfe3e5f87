package com.programdesk.statistics.dashboard.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The area tree of the generated province: 浙江省, its 11 cities and 90 districts/counties (the names of
 * {@link ProvinceInstitutions}) and 1,300 townships (14 or 15 per county). Areas the demo data already has (浙江省,
 * 温州市, 绍兴市, 乐清市, 柯桥区, …) are reused by code or by name under the same parent, so the demo's institutions and
 * users stay where they are; the others get codes of the official shape that no demo area uses (counties 33cc21–33cc33,
 * townships county + 201… + 000).
 */
final class ProvinceAreas {

    static final int TOWNSHIPS = 1300;

    /** One area; {@code existing} when the demo data had it already. */
    record Generated(long id, String code, String level, Long parentId, String path, String nameZh, boolean existing) {
    }

    /** A county with its townships, in the order of {@link ProvinceInstitutions}'s districts. */
    record County(Generated county, List<Generated> townships) {
    }

    private final List<Generated> created = new ArrayList<>();
    private final List<Generated> cities = new ArrayList<>();
    private final List<County> counties = new ArrayList<>();
    private Generated province;

    private ProvinceAreas() {
    }

    Generated province() {
        return province;
    }

    List<Generated> cities() {
        return cities;
    }

    List<County> counties() {
        return counties;
    }

    /** The areas to insert (those the demo did not have), parents before children. */
    List<Generated> created() {
        return created;
    }

    List<Generated> townships() {
        return counties.stream().flatMap(c -> c.townships().stream()).toList();
    }

    static ProvinceAreas plan(Connection connection, List<String[]> cities) throws SQLException {
        Map<String, Generated> byCode = new HashMap<>();
        Map<String, Generated> byParentAndName = new HashMap<>();
        long maxId = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, code, level, parent_id, path, name_zh FROM area")) {
            while (rs.next()) {
                Generated area = new Generated(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5),
                        rs.getString(6), true);
                byCode.put(area.code(), area);
                byParentAndName.put(area.parentId() + "/" + area.nameZh(), area);
                maxId = Math.max(maxId, area.id());
            }
        }
        long[] nextId = {maxId + 1};
        ProvinceAreas result = new ProvinceAreas();
        Generated province = result.area(byCode, byParentAndName, nextId, "330000", "PROVINCE", null, "浙江省");
        result.province = province;
        int districts = cities.stream().mapToInt(c -> c.length - 1).sum();
        int district = 0;
        for (int c = 0; c < cities.size(); c++) {
            String[] city = cities.get(c);
            Generated cityArea = result.area(byCode, byParentAndName, nextId, "33%02d00".formatted(c + 1), "CITY", province, city[0]);
            result.cities.add(cityArea);
            for (int d = 1; d < city.length; d++, district++) {
                Generated county = result.area(byCode, byParentAndName, nextId, "33%02d%02d".formatted(c + 1, 20 + d), "COUNTY", cityArea, city[d]);
                int here = TOWNSHIPS / districts + (district < TOWNSHIPS % districts ? 1 : 0);
                List<Generated> townships = new ArrayList<>();
                for (int t = 0; t < here; t++) {
                    String name = ProvinceInstitutions.townName(t);
                    townships.add(result.area(byCode, byParentAndName, nextId, county.code() + "%03d000".formatted(201 + t), "TOWNSHIP", county,
                            name));
                }
                result.counties.add(new County(county, townships));
            }
        }
        return result;
    }

    private Generated area(Map<String, Generated> byCode, Map<String, Generated> byParentAndName, long[] nextId, String code, String level,
                           Generated parent, String nameZh) {
        Generated known = byCode.get(code);
        if (known == null) {
            known = byParentAndName.get((parent == null ? null : parent.id()) + "/" + nameZh);
        }
        if (known != null) {
            return known;
        }
        long id = nextId[0]++;
        Generated area = new Generated(id, code, level, parent == null ? null : parent.id(), (parent == null ? "/" : parent.path()) + id + "/",
                nameZh, false);
        created.add(area);
        byCode.put(code, area);
        byParentAndName.put(area.parentId() + "/" + nameZh, area);
        return area;
    }

    /** Inserts the new areas (ids and paths set here; parents first). */
    void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO area (id, code, level, parent_id, path, name_zh, active) VALUES (?, ?, ?, ?, ?, ?, TRUE)""")) {
            for (Generated area : created) {
                insert.setLong(1, area.id());
                insert.setString(2, area.code());
                insert.setString(3, area.level());
                insert.setObject(4, area.parentId());
                insert.setString(5, area.path());
                insert.setString(6, area.nameZh());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
