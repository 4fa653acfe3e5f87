package com.programdesk.statistics.indicators.service;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.CatalogueWrites;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.expressions.domain.Expression;
import com.programdesk.statistics.expressions.domain.ExpressionProblem;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.IndicatorPreview;
import com.programdesk.statistics.indicators.domain.IndicatorSummary;
import com.programdesk.statistics.indicators.domain.PreviewFigure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators kept in the portal (指标) by administrators and coordinators, like the data elements: one catalogue
 * for the installation, each indicator kept by whoever covers the area that created it, retired instead of
 * deleted, every change audited and forgetting the shared catalogue. Numerator and denominator are expressions
 * over data elements (see {@link IndicatorRules} for what is refused); the preview computes an indicator, saved
 * or still being edited, for an area and period the way the dashboard does.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorMaintenance {

    private static final AuditedEntity ENTITY = AuditedEntity.INDICATOR;
    private static final String COLUMNS = """
            i.id, i.version, i.code, i.name_zh, i.name_en, i.numerator_expression, i.denominator_expression, i.factor, i.decimals,
            i.direction, i.description_zh, i.description_en, i.retired, i.retired_by, i.retired_at, i.area_id, a.path AS area_path""";
    private static final String FROM = " FROM indicator i LEFT JOIN area a ON a.id = i.area_id ";

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AreaService areas;
    private final IndicatorPreview preview;
    private final IndicatorRules rules;
    private final Clock clock;

    IndicatorMaintenance(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, AuditService audit, AreaService areas,
                         IndicatorPreview preview, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.areas = areas;
        this.preview = preview;
        this.clock = clock;
        this.rules = new IndicatorRules(jdbc, catalog);
    }

    /** One page of the indicators whose code or name contains {@code text}, in the catalogue's order; retired ones only when asked. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<IndicatorSummary> search(String text, boolean withRetired, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, withRetired, params);
        params.put("limit", limit);
        params.put("offset", offset);
        AuthenticatedUser user = currentUser.require();
        return jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY i.position, i.code LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> summary(rs, CatalogueKeepers.mayKeep(user, rs.getString("area_path")))).list();
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public int count(String text, boolean withRetired) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, withRetired, params);
        return jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Integer.class).single();
    }

    private static String where(String text, boolean withRetired, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        if (!withRetired) {
            conditions.add("NOT i.retired");
        }
        if (text != null && !text.isBlank()) {
            params.put("text", LikePatterns.contains(text));
            conditions.add("(i.code LIKE :text OR i.name_zh LIKE :text OR i.name_en LIKE :text)");
        }
        return "WHERE " + String.join(" AND ", conditions);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<IndicatorDefinition> find(long id) {
        return read(id).map(Stored::indicator);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return code != null && rules.isCodeTaken(code, exceptId);
    }

    /**
     * What is wrong with the numerator or denominator ({@code side}: "numeratorExpression" or "denominatorExpression")
     * as typed, for the editor's check while typing; empty when it reads and names usable elements.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<ExpressionProblem> expressionProblem(String side, @Nullable String numerator, @Nullable String denominator,
                                                         @Nullable String ownCode, @Nullable Long indicatorId) {
        IndicatorDefinition before = indicatorId == null ? null : read(indicatorId).map(Stored::indicator).orElse(null);
        return rules.problem(side, numerator, denominator, ownCode == null ? null : ownCode.strip().toUpperCase(java.util.Locale.ROOT), before);
    }

    /** The elements an expression may name, for the editor's list of codes: those not retired, by code. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<DataElement> elements() {
        return catalog.offeredElements();
    }

    /**
     * Creates or updates an indicator. A bad field is refused with {@link InvalidFieldException} (an expression with
     * {@link ExpressionRefusedException}), a copy someone else saved meanwhile with {@link OptimisticLockingFailureException};
     * either way nothing is written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public IndicatorDefinition save(IndicatorDefinition edited) {
        IndicatorDefinition indicator = edited.copy();
        if (indicator.isNew()) {
            rules.check(indicator, null);
            indicator.setAreaId(CatalogueKeepers.areaOfNewItem(currentUser.require()));
            long id = insert(indicator);
            forgetAndAudit(AuditAction.CREATE, id, AuditChanges.of(indicator.auditFields()));
            return find(id).orElseThrow();
        }
        Stored before = keptByUser(indicator);
        rules.check(indicator, before.indicator());
        int updated = jdbc.sql("""
                UPDATE indicator SET name_zh = :nameZh, name_en = :nameEn, numerator_expression = :numerator,
                    denominator_expression = :denominator, factor = :factor, decimals = :decimals, direction = :direction,
                    description_zh = :descriptionZh, description_en = :descriptionEn, version = version + 1
                WHERE id = :id AND version = :version""").params(params(indicator))
                .param("id", indicator.getId()).param("version", indicator.getVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Indicator " + indicator.getId() + " was changed meanwhile");
        }
        forgetAndAudit(AuditAction.UPDATE, indicator.getId(), AuditChanges.between(before.indicator().auditFields(), indicator.auditFields()));
        return find(indicator.getId()).orElseThrow();
    }

    /** Retires an indicator (no longer offered by the dashboard; targets and history keep it) or brings it back. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public IndicatorDefinition setRetired(IndicatorDefinition indicator, boolean retired) {
        Stored stored = keptByUser(indicator);
        if (stored.indicator().isRetired() == retired) {
            return stored.indicator();
        }
        CatalogueWrites.setRetired(jdbc, "indicator", indicator.getId(), indicator.getVersion(), retired,
                currentUser.actorName(), LocalDateTime.now(clock));
        forgetAndAudit(retired ? AuditAction.DEACTIVATE : AuditAction.REACTIVATE, indicator.getId(),
                CatalogueWrites.statusChange("retired", retired));
        return find(indicator.getId()).orElseThrow();
    }

    /**
     * The value of the indicator as edited (saved or not) for an area (null: the user's own, or the whole
     * installation) in the period that holds {@code day}, as the dashboard would show it. A field that would be
     * refused on save is refused here the same way.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public PreviewFigure preview(IndicatorDefinition edited, @Nullable Long areaId, LocalDate day) {
        IndicatorDefinition draft = edited.copy();
        IndicatorDefinition before = draft.isNew() ? null : read(draft.getId()).map(Stored::indicator).orElse(null);
        if (draft.getCode() == null || draft.getCode().isBlank()) {
            draft.setCode("PREVIEW");
        }
        checkExpressions(draft, before);
        String denominator = draft.getDenominatorExpression();
        Map<String, Long> ids = catalog.elements().stream().collect(Collectors.toMap(DataElement::code, DataElement::id));
        Indicator indicator = new Indicator(draft.getId() == null ? -1 : draft.getId(), draft.getCode(), draft.getNameZh(), draft.getNameEn(),
                Expression.parse(draft.getNumeratorExpression()), denominator == null || denominator.isBlank() ? null : Expression.parse(denominator),
                draft.getFactor() == null ? 1 : draft.getFactor(), draft.getDecimals() == null ? Indicator.SCALE : draft.getDecimals(),
                draft.getDirection() == null ? Direction.RISING_IS_GOOD : draft.getDirection(), null, null, null, false, ids,
                StatisticsCatalog.percentCodes(catalog.elements()));
        return preview.preview(areaId, indicator, day);
    }

    private void checkExpressions(IndicatorDefinition draft, @Nullable IndicatorDefinition before) {
        for (String side : List.of(IndicatorRules.NUMERATOR, IndicatorRules.DENOMINATOR)) {
            rules.problem(side, draft.getNumeratorExpression(), draft.getDenominatorExpression(),
                    draft.getCode().strip().toUpperCase(java.util.Locale.ROOT), before).ifPresent(p -> {
                throw new ExpressionRefusedException(side, p);
            });
        }
        if (draft.getFactor() == null || !Indicator.FACTORS.contains(draft.getFactor())) {
            throw new InvalidFieldException("factor", "indicator.error.factor");
        }
    }

    /** The areas the preview may be computed for: the user's own and those below it, matching {@code text}. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<AreaSummary> previewAreas(String text, int offset, int limit) {
        return areas.search(text == null ? "" : text, true, currentUser.require().areaId(), offset, limit);
    }

    private Stored keptByUser(IndicatorDefinition indicator) {
        Stored stored = read(indicator.getId())
                .filter(s -> s.indicator().getVersion().equals(indicator.getVersion()))
                .orElseThrow(() -> new OptimisticLockingFailureException("Indicator " + indicator.getId() + " was changed meanwhile"));
        if (!CatalogueKeepers.mayKeep(currentUser.require(), stored.areaPath())) {
            throw new AccessDeniedException("Indicator " + indicator.getId() + " is kept by another area");
        }
        return stored;
    }

    private long insert(IndicatorDefinition indicator) {
        return CatalogueWrites.insert(jdbc.sql("""
                INSERT INTO indicator (code, name_zh, name_en, numerator_expression, denominator_expression, factor, decimals, direction,
                    description_zh, description_en, area_id, position)
                SELECT :code, :nameZh, :nameEn, :numerator, :denominator, :factor, :decimals, :direction,
                    :descriptionZh, :descriptionEn, :areaId, COALESCE(MAX(position), 0) + 1 FROM indicator""")
                .params(params(indicator)), "indicator.error.codeTaken");
    }

    private static Map<String, Object> params(IndicatorDefinition indicator) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", indicator.getCode());
        params.put("nameZh", indicator.getNameZh());
        params.put("nameEn", indicator.getNameEn());
        params.put("numerator", indicator.getNumeratorExpression());
        params.put("denominator", indicator.getDenominatorExpression());
        params.put("factor", indicator.getFactor());
        params.put("decimals", indicator.getDecimals());
        params.put("direction", indicator.getDirection().name());
        params.put("descriptionZh", indicator.getDescriptionZh());
        params.put("descriptionEn", indicator.getDescriptionEn());
        params.put("areaId", indicator.getAreaId());
        return params;
    }

    private void forgetAndAudit(AuditAction action, long id, String changes) {
        catalog.forgetCatalogue();
        audit.record(action, ENTITY, id, changes);
    }


    private Optional<Stored> read(@Nullable Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE i.id = :id").param("id", id).query(IndicatorMaintenance::stored).optional();
    }

    private record Stored(IndicatorDefinition indicator, @Nullable String areaPath) {
    }

    private static IndicatorSummary summary(ResultSet rs, boolean mayEdit) throws SQLException {
        return new IndicatorSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("numerator_expression"), rs.getString("denominator_expression"), rs.getInt("factor"), rs.getInt("decimals"),
                Direction.valueOf(rs.getString("direction")), rs.getBoolean("retired"), mayEdit);
    }

    private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
        IndicatorDefinition indicator = new IndicatorDefinition();
        CatalogueWrites.readItem(indicator, rs);
        indicator.setNumeratorExpression(rs.getString("numerator_expression"));
        indicator.setDenominatorExpression(rs.getString("denominator_expression"));
        indicator.setFactor(rs.getInt("factor"));
        indicator.setDecimals(rs.getInt("decimals"));
        indicator.setDirection(Direction.valueOf(rs.getString("direction")));
        indicator.setDescriptionZh(rs.getString("description_zh"));
        indicator.setDescriptionEn(rs.getString("description_en"));
        return new Stored(indicator, rs.getString("area_path"));
    }
}
