package com.programdesk.area.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaMoved;
import com.programdesk.area.domain.AreaRepository;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.domain.AreaUsage;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.SaveErrors;
import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area tree: read by every logged-in user (area names are not secret; what lies in an area is
 * guarded by the features that keep it), kept by administrators within their own area.
 */
@Service
@Transactional(readOnly = true)
public class AreaService {

    private static final AuditedEntity ENTITY = AuditedEntity.AREA;
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    /** A province's tree: about 1,500 areas down to the townships. */
    private static final int MAX_SHARED = 20_000;
    private static final String AREA_COLUMNS = "id, code, level, name_zh, name_en, path, active, valid_from, valid_to";

    private final AreaRepository repository;
    private final AreaValidator validator;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AreaUsage usage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Names, levels and paths of areas: read for every breadcrumb, picker and scoped query, changed by an administrator. */
    private final SharedCache<Long, AreaSummary> shared;

    AreaService(AreaRepository repository, JdbcClient jdbc, AuditService audit, CurrentUser currentUser, AreaUsage usage,
                ApplicationEventPublisher events, Clock clock, SharedCaches caches) {
        this.shared = caches.create("area-summaries", MAX_SHARED);
        this.repository = repository;
        this.validator = new AreaValidator(repository);
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.usage = usage;
        this.events = events;
        this.clock = clock;
    }

    /** One parent's children in code order ({@code parentId} null: the roots), a page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> children(@Nullable Long parentId, boolean activeOnly, int offset, int limit) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM area WHERE " + parentClause(parentId) + (activeOnly ? " AND active" : "")
                        + " ORDER BY code LIMIT :limit OFFSET :offset")
                .param("parent", parentId == null ? -1 : parentId).param("limit", limit).param("offset", offset)
                .query(AreaService::summary).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countChildren(@Nullable Long parentId, boolean activeOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM area WHERE " + parentClause(parentId) + (activeOnly ? " AND active" : ""))
                .param("parent", parentId == null ? -1 : parentId).query(Integer.class).single();
    }

    /** Areas whose name contains {@code text} or whose code starts with it, in tree order. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> search(String text, boolean activeOnly, int offset, int limit) {
        return search(text, activeOnly, null, offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public int countSearch(String text, boolean activeOnly) {
        return countSearch(text, activeOnly, null);
    }

    /** {@link #search(String, boolean, int, int)} within the area {@code withinId} and below it (null: everywhere). */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> search(String text, boolean activeOnly, @Nullable Long withinId, int offset, int limit) {
        return searchParams(jdbc.sql("SELECT " + AREA_COLUMNS + " FROM area WHERE " + searchClause(activeOnly, withinId)
                        + " ORDER BY code LIMIT :limit OFFSET :offset"), text, withinId)
                .param("limit", limit).param("offset", offset).query(AreaService::summary).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countSearch(String text, boolean activeOnly, @Nullable Long withinId) {
        return searchParams(jdbc.sql("SELECT COUNT(*) FROM area WHERE " + searchClause(activeOnly, withinId)), text, withinId)
                .query(Integer.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Area> find(long id) {
        return repository.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<AreaSummary> summary(@Nullable Long id) {
        return id == null ? Optional.empty() : shared(id);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, AreaSummary> summaries(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return shared(wanted);
    }

    private Optional<AreaSummary> shared(long id) {
        return Optional.ofNullable(shared(List.of(id)).get(id));
    }

    private Map<Long, AreaSummary> shared(Collection<Long> ids) {
        return shared.getAll(ids, missing -> repository.findAllByIdIn(missing).stream().map(AreaSummary::of)
                .collect(Collectors.toMap(AreaSummary::id, a -> a)));
    }

    /** The area and the areas above it, root first: a breadcrumb. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaSummary> lineage(long id) {
        return summary(id).map(area -> {
            Map<Long, AreaSummary> byId = shared(area.lineage());
            return area.lineage().stream().map(byId::get).filter(Objects::nonNull).toList();
        }).orElse(List.of());
    }

    /** Areas were written in this transaction (here or by the import): what is shared of them is out of date. */
    void forgetShared() {
        shared.forgetAllWithTransaction();
    }

    /** The area the current user is bound to, if any (the picker opens there). */
    @PreAuthorize("isAuthenticated()")
    public Optional<AreaSummary> ownArea() {
        return summary(currentUser.require().areaId());
    }

    /** The path of an area, for the principal at login. */
    @WithoutAuthorization("computes the principal at login, before it exists")
    public Optional<String> pathOf(@Nullable Long areaId) {
        return areaId == null ? Optional.empty() : shared(areaId).map(AreaSummary::path);
    }

    /** The ids of the area with {@code path} and of every area below it. */
    @WithoutAuthorization("internal: ids only, for services that scope rows by area")
    public List<Long> idsUnder(String path) {
        return jdbc.sql("SELECT id FROM area WHERE path LIKE :path").param("path", LikePatterns.escape(path) + "%")
                .query(Long.class).list();
    }

    /** True when the area exists and is active today (users and institutions are bound only to those). */
    @PreAuthorize("isAuthenticated()")
    public boolean isActive(long areaId) {
        return summary(areaId).map(AreaSummary::active).orElse(false);
    }

    @PreAuthorize(ADMIN)
    public boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return validator.isCodeTaken(code.strip(), exceptId);
    }

    /**
     * Creates or updates an area; a new parent moves it with everything below it, and new digits of
     * its own (a move usually brings them) become the leading digits of every code below it. Rejects bad fields
     * with {@link InvalidFieldException} and a concurrent change with
     * {@link OptimisticLockingFailureException}; either way nothing is written.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public Area save(Area edited) {
        Area area = edited.copy();
        area.setCode(area.getCode().strip());
        area.setNameZh(area.getNameZh().strip());
        area.setNameEn(area.getNameEn() == null || area.getNameEn().isBlank() ? null : area.getNameEn().strip());
        Area parent = area.getParentId() == null ? null : repository.findById(area.getParentId())
                .orElseThrow(() -> new InvalidFieldException("parentId", "area.error.parentMissing"));
        requireManaged(parent == null ? null : parent.getPath());
        LocalDateTime now = LocalDateTime.now(clock);
        area.setUpdatedAt(now);
        forgetShared();
        if (area.isNew()) {
            validator.validate(area, parent);
            area.setCreatedAt(now);
            Area saved = SaveErrors.translate(() -> repository.save(area), AreaValidator.UNIQUE_FIELDS);
            String path = (parent == null ? "/" : parent.getPath()) + saved.getId() + "/";
            jdbc.sql("UPDATE area SET path = :path WHERE id = :id").param("path", path).param("id", saved.getId()).update();
            saved.setPath(path);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
            return saved;
        }
        Area before = repository.findById(Objects.requireNonNull(area.getId()))
                .orElseThrow(() -> new OptimisticLockingFailureException("Area " + area.getId() + " no longer exists"));
        requireManaged(before.getPath());
        area.setPath(before.getPath());
        area.setActive(before.isActive());
        validator.validate(area, parent);
        String oldPrefix = before.getLevel().prefixOf(before.getCode());
        String newPrefix = area.getLevel().prefixOf(area.getCode());
        boolean renumbered = !oldPrefix.equals(newPrefix) && area.getLevel() == before.getLevel();
        if (renumbered && descendantCodesTaken(before, oldPrefix, newPrefix)) {
            throw new InvalidFieldException("code", "area.error.descendantCodeTaken");
        }
        Area saved = SaveErrors.translate(() -> repository.save(area), AreaValidator.UNIQUE_FIELDS);
        if (renumbered) {
            // the areas below keep their own digits and take the new ones of this area, as official codes do
            jdbc.sql("""
                    UPDATE area SET code = CONCAT(:newPrefix, SUBSTRING(code, :length + 1)), version = version + 1, updated_at = :now
                    WHERE path LIKE :below AND id <> :id""")
                    .param("newPrefix", newPrefix).param("length", oldPrefix.length()).param("now", now)
                    .param("below", LikePatterns.escape(before.getPath()) + "%").param("id", before.getId()).update();
        }
        if (!Objects.equals(before.getParentId(), area.getParentId())) {
            String newPath = (parent == null ? "/" : parent.getPath()) + saved.getId() + "/";
            jdbc.sql("UPDATE area SET path = CONCAT(:newPath, SUBSTRING(path, :oldLength + 1)) WHERE path LIKE :old")
                    .param("newPath", newPath).param("oldLength", before.getPath().length())
                    .param("old", LikePatterns.escape(before.getPath()) + "%").update();
            saved.setPath(newPath);
            events.publishEvent(new AreaMoved(saved.getId(), before.getPath(), newPath));
        }
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    /**
     * Deactivates an area that no longer exists (merged, renamed) or brings it back. An area with
     * active areas or institutions below it stays active: they would lose their place.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public Area setActive(Area area, boolean active) {
        Area current = OptimisticLocking.unchanged(repository.findById(Objects.requireNonNull(area.getId())), area, "Area " + area.getId());
        requireManaged(current.getPath());
        if (current.isActive() == active) {
            return current;
        }
        if (!active) {
            if (jdbc.sql("SELECT COUNT(*) FROM area WHERE parent_id = :id AND active").param("id", current.getId()).query(Integer.class).single() > 0) {
                throw new InvalidFieldException("active", "area.error.activeChildren");
            }
            if (usage.activeInstitutionsUnder(current.getPath()) > 0) {
                throw new InvalidFieldException("active", "area.error.activeInstitutions");
            }
            if (current.getValidTo() == null) {
                current.setValidTo(java.time.LocalDate.now(clock));
            }
        } else {
            Area parent = current.getParentId() == null ? null : repository.findById(current.getParentId()).orElse(null);
            if (parent != null && !parent.isActive()) {
                throw new InvalidFieldException("active", "area.error.parentInactive");
            }
            current.setValidTo(null);
        }
        current.setActive(active);
        current.setUpdatedAt(LocalDateTime.now(clock));
        forgetShared();
        Area saved = repository.save(current);
        audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, ENTITY, saved.getId(),
                AuditChanges.between(Map.of("active", !active), Map.of("active", active)));
        return saved;
    }

    /** True when giving the areas below {@code area} the digits {@code newPrefix} would repeat the code of an area elsewhere. */
    private boolean descendantCodesTaken(Area area, String oldPrefix, String newPrefix) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM area d JOIN area other ON other.code = CONCAT(:newPrefix, SUBSTRING(d.code, :length + 1))
                WHERE d.path LIKE :below AND d.id <> :id AND other.path NOT LIKE :below""")
                .param("newPrefix", newPrefix).param("length", oldPrefix.length())
                .param("below", LikePatterns.escape(area.getPath()) + "%").param("id", area.getId())
                .query(Integer.class).single() > 0;
    }

    /** Administrators bound to an area keep only the tree below it (not their own area, nor a new root). */
    private void requireManaged(@Nullable String path) {
        AuthenticatedUser user = currentUser.require();
        if (user.areaPath() != null && (path == null || !path.startsWith(user.areaPath()))) {
            throw new AccessDeniedException("Area outside this administrator's scope");
        }
    }

    private static String searchClause(boolean activeOnly, @Nullable Long withinId) {
        return "(name_zh LIKE :contains OR name_en LIKE :contains OR code LIKE :prefix)" + (activeOnly ? " AND active" : "")
                + (withinId == null ? "" : " AND path LIKE :within");
    }

    private JdbcClient.StatementSpec searchParams(JdbcClient.StatementSpec statement, String text, @Nullable Long withinId) {
        String trimmed = text.strip();
        statement = statement.param("contains", LikePatterns.contains(trimmed)).param("prefix", LikePatterns.escape(trimmed) + "%");
        if (withinId != null) {
            statement = statement.param("within", LikePatterns.escape(pathOf(withinId).orElse("/none/")) + "%");
        }
        return statement;
    }

    private static String parentClause(@Nullable Long parentId) {
        return parentId == null ? "parent_id IS NULL" : "parent_id = :parent";
    }

    private static AreaSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AreaSummary(rs.getLong("id"), rs.getString("code"), com.programdesk.area.domain.AreaLevel.valueOf(rs.getString("level")),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getString("path"), rs.getBoolean("active"),
                rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class));
    }
}
