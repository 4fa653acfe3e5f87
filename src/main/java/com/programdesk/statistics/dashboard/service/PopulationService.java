package com.programdesk.statistics.dashboard.service;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.PopulationPaste;
import com.programdesk.statistics.dashboard.domain.PopulationRow;
import com.programdesk.statistics.dashboard.domain.PopulationRow.PopulationFigure;
import com.programdesk.statistics.reporting.domain.ReadScope;
import com.programdesk.statistics.reporting.service.AreaScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Population figures per area and year (辖区人口: the denominators of rates per population). Read by the bureau,
 * viewers and administrators for the areas they see; entered (one at a time, or pasted as lines from a
 * spreadsheet) by coordinators and administrators for the areas within their own. A figure typed for an area is
 * its own; the areas above it get the sum of their children when every active child has a figure (kept in step on
 * each write). An approved yearly report of the area's bureau gives a figure too; the newest write wins.
 */
@Service
@Transactional(readOnly = true)
public class PopulationService {

    static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";
    static final String EDITORS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    public static final long MAX_VALUE = 100_000_000L;
    public static final int FIRST_YEAR = 2000;
    /** Lines one paste may hold: a province's townships for a few years. */
    public static final int MAX_LINES = 5000;
    private static final AuditedEntity ENTITY = AuditedEntity.AREA_POPULATION;

    private final JdbcClient jdbc;
    private final AreaPopulations populations;
    private final AreaScopes scopes;
    private final AreaService areas;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    PopulationService(JdbcClient jdbc, AreaPopulations populations, AreaScopes scopes, AreaService areas, StatisticsCatalog catalog,
                      CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.populations = populations;
        this.scopes = scopes;
        this.areas = areas;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The elements that are populations (stocks), e.g. women of childbearing age. */
    @PreAuthorize(READERS)
    public List<DataElement> elements() {
        return catalog.elements().stream().filter(e -> e.aggregation() == Aggregation.LATEST && !e.isOptionCell()).toList();
    }

    /** Whether the current user may enter figures (coordinators and administrators). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEnter() {
        return switch (currentUser.require().role()) {
            case ADMIN, COORDINATOR -> true;
            default -> false;
        };
    }

    /** The area (none: the top areas) and the active areas right below it, each with its figures of [fromYear, toYear]. */
    @PreAuthorize(READERS)
    public List<PopulationRow> figures(Long areaId, long elementId, int fromYear, int toYear) {
        ReadScope scope = scopes.resolve(areaId);
        List<AreaSummary> shown = new ArrayList<>();
        if (scope.isArea()) {
            areas.summary(scope.areaId()).ifPresent(shown::add);
        }
        shown.addAll(areas.children(scope.areaId(), true, 0, DashboardService.MAX_CHILDREN));
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Integer, PopulationFigure>> found = new HashMap<>();
        jdbc.sql("""
                SELECT area_id, year, value, entered, source_institution_id FROM area_population
                WHERE data_element_id = :element AND area_id IN (:areas) AND year BETWEEN :from AND :to""")
                .param("element", elementId).param("areas", shown.stream().map(AreaSummary::id).toList())
                .param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    PopulationRow.Source source = !rs.getBoolean("entered") ? PopulationRow.Source.ROLLED_UP
                            : rs.getObject("source_institution_id") != null ? PopulationRow.Source.REPORTED : PopulationRow.Source.ENTERED;
                    found.computeIfAbsent(rs.getLong("area_id"), k -> new HashMap<>())
                            .put(rs.getInt("year"), new PopulationFigure(rs.getLong("value"), source));
                });
        return shown.stream().map(a -> new PopulationRow(a, found.getOrDefault(a.id(), Map.of()))).toList();
    }

    /**
     * Sets (or with {@code value} null clears) an area's own figure of a year; refused at the field when the area
     * lies outside the user's, the year is out of range or the value is not a count.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public void enter(long areaId, long elementId, int year, Long value) {
        requireStock(elementId);
        AreaSummary area = requireEditable(areaId);
        requireYear(year, "year");
        if (value != null && (value < 0 || value > MAX_VALUE)) {
            throw new InvalidFieldException("value", "population.error.value");
        }
        Optional<AreaPopulations.Figure> before = populations.find(areaId, elementId, year);
        if (value == null) {
            populations.clear(areaId, elementId, year);
        } else {
            populations.enter(areaId, elementId, year, value, null);
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("area", area.code());
        was.put("year", year);
        was.put("value", before.filter(AreaPopulations.Figure::entered).map(AreaPopulations.Figure::value).orElse(null));
        Map<String, Object> now = new LinkedHashMap<>(was);
        now.put("value", value);
        audit.record(AuditAction.UPDATE, ENTITY, areaId, AuditChanges.between(was, now));
    }

    /**
     * Figures pasted from a spreadsheet, one per line: area code, year, value (separated by tabs, commas or
     * spaces). Every line is checked first; when any is wrong nothing is saved and each wrong line is listed.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public PopulationPaste paste(long elementId, String text) {
        requireStock(elementId);
        List<String> lines = text == null ? List.of() : text.lines().toList();
        if (lines.size() > MAX_LINES) {
            throw new InvalidFieldException("paste", "population.error.tooManyLines");
        }
        List<PopulationPaste.Problem> problems = new ArrayList<>();
        record Line(long areaId, int year, long value) {
        }
        List<Line> good = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("[\\t,，;；\\s]+");
            if (fields.length != 3) {
                problems.add(new PopulationPaste.Problem(i + 1, "population.error.columns"));
                continue;
            }
            Optional<AreaSummary> area = areaByCode(fields[0]);
            if (area.isEmpty()) {
                problems.add(new PopulationPaste.Problem(i + 1, "population.error.areaUnknown"));
                continue;
            }
            if (!area.get().active() || !currentUser.require().coversArea(area.get().path())) {
                problems.add(new PopulationPaste.Problem(i + 1, "area.error.outsideScope"));
                continue;
            }
            Integer year = integer(fields[1]);
            if (year == null || year < FIRST_YEAR || year > LocalDate.now(clock).getYear() + 1) {
                problems.add(new PopulationPaste.Problem(i + 1, "population.error.year"));
                continue;
            }
            Long value = count(fields[2]);
            if (value == null || value > MAX_VALUE) {
                problems.add(new PopulationPaste.Problem(i + 1, "population.error.value"));
                continue;
            }
            Integer earlier = seen.put(area.get().code() + "/" + year, i + 1);
            if (earlier != null) {
                problems.add(new PopulationPaste.Problem(i + 1, "population.error.duplicate"));
                continue;
            }
            good.add(new Line(area.get().id(), year, value));
        }
        if (!problems.isEmpty()) {
            return new PopulationPaste(0, problems);
        }
        if (good.isEmpty()) {
            throw new InvalidFieldException("paste", "population.error.empty");
        }
        for (Line line : good) {
            populations.enter(line.areaId(), elementId, line.year(), line.value(), null);
        }
        audit.record(AuditAction.IMPORT, ENTITY, null, AuditChanges.of(Map.of("figures", good.size())));
        return new PopulationPaste(good.size(), List.of());
    }

    private Optional<AreaSummary> areaByCode(String code) {
        return jdbc.sql("SELECT id FROM area WHERE code = :code").param("code", code.strip()).query(Long.class).optional()
                .flatMap(areas::summary);
    }

    private AreaSummary requireEditable(long areaId) {
        AreaSummary area = areas.summary(areaId).orElseThrow(() -> new InvalidFieldException("area", "area.error.missing"));
        if (!area.active()) {
            throw new InvalidFieldException("area", "area.error.inactive");
        }
        if (!currentUser.require().coversArea(area.path())) {
            throw new InvalidFieldException("area", "area.error.outsideScope");
        }
        return area;
    }

    private void requireYear(int year, String field) {
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear() + 1) {
            throw new InvalidFieldException(field, "population.error.year");
        }
    }

    private void requireStock(long elementId) {
        if (elements().stream().noneMatch(e -> e.id() == elementId)) {
            throw new InvalidFieldException("element", "population.error.element");
        }
    }

    private static Integer integer(String text) {
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    /** A whole count, digits only (a comma separates the columns, so no thousands separators). */
    private static Long count(String text) {
        String digits = text.replace("_", "");
        return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
    }
}
