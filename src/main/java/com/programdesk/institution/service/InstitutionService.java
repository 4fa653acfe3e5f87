package com.programdesk.institution.service;

import com.programdesk.area.service.AreaService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.SaveErrors;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionChanged;
import com.programdesk.institution.domain.InstitutionFilter;
import com.programdesk.institution.domain.InstitutionMoved;
import com.programdesk.institution.domain.InstitutionRepository;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.ProgramParticipation;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution directory: searched by everyone who manages programs, edited by administrators and coordinators. */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    private static final AuditedEntity ENTITY = AuditedEntity.INSTITUTION;
    /** Codes start with the city (SX-, YQ-), so the directory opens grouped by city. */
    private static final Sort BY_CODE = Sort.by("code", "id");
    private static final Sort BY_NAME = Sort.by("nameZh", "id");
    private static final String MANAGERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    private static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";

    private final InstitutionRepository repository;
    private final JdbcAggregateTemplate template;
    private final InstitutionValidator validator;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final InstitutionPlaces places;
    private final AreaService areas;
    private final ApplicationEventPublisher events;
    private final List<ProgramParticipation> participation;
    private final Clock clock;

    InstitutionService(InstitutionRepository repository, JdbcAggregateTemplate template, AuditService audit,
                       CurrentUser currentUser, InstitutionPlaces places, AreaService areas, ApplicationEventPublisher events,
                       List<ProgramParticipation> participation, Clock clock) {
        this.participation = participation;
        this.repository = repository;
        this.places = places;
        this.areas = areas;
        this.events = events;
        this.template = template;
        this.validator = new InstitutionValidator(repository);
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The directory: users bound to an area see the institutions in it and below it. */
    @PreAuthorize(READERS)
    public List<Institution> search(InstitutionFilter filter, Pageable pageable) {
        return template.findAll(Query.query(scoped(filter)).with(orDefault(pageable, BY_CODE)), Institution.class);
    }

    @PreAuthorize(READERS)
    public long count(InstitutionFilter filter) {
        return template.count(Query.query(scoped(filter)), Institution.class);
    }

    /** Active institutions matching {@code text}, for pickers; restricted users only see what they can reach. */
    @PreAuthorize("isAuthenticated()")
    public List<InstitutionSummary> lookup(String text, int offset, int limit) {
        Criteria criteria = criteria(new InstitutionFilter(text, null, true));
        AuthenticatedUser user = currentUser.require();
        if (!user.seesAllInstitutions()) {
            criteria = criteria.and("id").in(orNone(user.reachableInstitutionIds()));
        }
        Pageable page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        return template.findAll(Query.query(criteria).with(orDefault(page, BY_NAME)), Institution.class)
                .stream().map(InstitutionSummary::of).toList();
    }

    /**
     * Any active institution matching {@code text}, for naming partners: institution names are
     * not restricted, their details (contacts, phones) are.
     */
    @PreAuthorize("isAuthenticated()")
    public List<InstitutionSummary> lookupAll(String text, int offset, int limit) {
        Pageable page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        return template.findAll(Query.query(criteria(new InstitutionFilter(text, null, true))).with(orDefault(page, BY_NAME)),
                Institution.class).stream().map(InstitutionSummary::of).toList();
    }

    /** Names and codes of the given institutions, whoever they are (see {@link #lookupAll}). */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<InstitutionSummary> summariesOf(java.util.Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Set.of();
        }
        return repository.findAllById(wanted).stream().map(InstitutionSummary::of)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Institution> find(long id) {
        currentUser.requireReach(id);
        return repository.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<InstitutionSummary> summary(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        currentUser.requireReach(id);
        return repository.findById(id).map(InstitutionSummary::of);
    }

    /** Chinese names by id, for lists that show many rows' institutions with one query. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        AuthenticatedUser user = currentUser.require();
        List<Long> reachable = ids.stream().filter(java.util.Objects::nonNull).filter(user::canReach).distinct().toList();
        if (reachable.isEmpty()) {
            return Map.of();
        }
        return repository.findAllById(reachable).stream()
                .collect(java.util.stream.Collectors.toMap(Institution::getId, Institution::getNameZh));
    }

    @PreAuthorize(READERS)
    public long countActive() {
        AuthenticatedUser user = currentUser.require();
        return user.seesAllInstitutions() ? repository.countByActiveTrue()
                : template.count(Query.query(Criteria.where("active").isTrue().and("id").in(orNone(user.reachableInstitutionIds()))),
                        Institution.class);
    }

    @PreAuthorize(MANAGERS)
    public boolean isNameTaken(String nameZh, Long exceptId) {
        return validator.isNameTaken(nameZh, exceptId);
    }

    @PreAuthorize(MANAGERS)
    public boolean isCodeTaken(String code, Long exceptId) {
        return validator.isCodeTaken(code, exceptId);
    }

    /**
     * The programs a saved institution would drop out of were it placed in {@code newAreaId}: the
     * editor warns with their titles before the move is saved.
     */
    @PreAuthorize(MANAGERS)
    public List<String> programsLosing(Long institutionId, Long newAreaId) {
        if (institutionId == null || newAreaId == null) {
            return List.of();
        }
        currentUser.requireReach(institutionId);
        String newPath = areas.pathOf(newAreaId).orElse(null);
        if (newPath == null) {
            return List.of();
        }
        return participation.stream().flatMap(p -> p.programsLosing(institutionId, newPath).stream()).distinct().toList();
    }

    /** True when making {@code parentId} the parent of {@code institutionId} would put it under itself. */
    @PreAuthorize(MANAGERS)
    public boolean wouldCreateCycle(Long institutionId, Long parentId) {
        return validator.wouldCreateCycle(institutionId, parentId);
    }

    /**
     * Creates or updates an institution. Rejects bad fields with {@link InvalidFieldException} and
     * a concurrent change with {@link OptimisticLockingFailureException}; either way nothing is written.
     */
    @PreAuthorize(MANAGERS)
    @Transactional
    public Institution save(Institution edited) {
        Institution institution = edited.copy();
        validator.normalize(institution);
        validator.validate(institution);
        if (!institution.isNew()) {
            currentUser.requireReach(institution.getId());
        }
        requireArea(institution);
        LocalDateTime now = LocalDateTime.now(clock);
        institution.setUpdatedAt(now);
        if (institution.isNew()) {
            institution.setCreatedAt(now);
            Institution saved = SaveErrors.translate(() -> repository.save(institution), InstitutionValidator.UNIQUE_FIELDS);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
            placesChanged(saved.getId(), null, saved.getAreaId());
            events.publishEvent(new InstitutionChanged(saved.getId()));
            return saved;
        }
        currentUser.requireReach(institution.getId());
        Institution before = repository.findById(institution.getId())
                .orElseThrow(() -> new OptimisticLockingFailureException("Institution " + institution.getId() + " no longer exists"));
        Institution saved = SaveErrors.translate(() -> repository.save(institution), InstitutionValidator.UNIQUE_FIELDS);
        if (!java.util.Objects.equals(before.getAreaId(), saved.getAreaId())) {
            placesChanged(saved.getId(), before.getAreaId(), saved.getAreaId());
        }
        if (!java.util.Objects.equals(before.getAreaId(), saved.getAreaId()) || before.getType() != saved.getType()
                || before.isActive() != saved.isActive()) {
            events.publishEvent(new InstitutionChanged(saved.getId()));
        }
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    /** Deactivated institutions stay for the records that reference them, but are no longer offered in pickers. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public Institution setActive(Institution institution, boolean active) {
        currentUser.requireReach(institution.getId());
        Institution current = OptimisticLocking.unchanged(repository.findById(institution.getId()), institution,
                "Institution " + institution.getId());
        if (current.isActive() == active) {
            return current;
        }
        current.setActive(active);
        current.setUpdatedAt(LocalDateTime.now(clock));
        Institution saved = repository.save(current);
        events.publishEvent(new InstitutionChanged(saved.getId()));
        audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, ENTITY, saved.getId(),
                AuditChanges.between(Map.of("active", !active), Map.of("active", active)));
        return saved;
    }

    /** The institution above this one (a township branch's association), for routing notifications. */
    @WithoutAuthorization("internal: returns an id only, used to find who hears about a branch's work")
    public Optional<Long> parentOf(long institutionId) {
        return repository.findParentIdOf(institutionId);
    }

    /**
     * The institutions whose rows a user bound to {@code institutionId} may reach: an association
     * user bound to the association also reaches its township branches. Called while logging in.
     */
    @WithoutAuthorization("computes the principal at login, before it exists")
    public Set<Long> reachableFrom(Long institutionId, Role role) {
        if (institutionId == null) {
            return Set.of();
        }
        Set<Long> reachable = new HashSet<>(Set.of(institutionId));
        if (role == Role.ASSOCIATION) {
            Set<Long> level = Set.of(institutionId);
            for (int depth = 0; depth < 10 && !level.isEmpty(); depth++) {
                level = new HashSet<>(repository.findIdsByParentIdIn(level));
                level.removeAll(reachable);
                reachable.addAll(level);
            }
        }
        return reachable;
    }

    /** The area path of an institution (null when it has none), for services that scope rows by area. */
    @WithoutAuthorization("internal: a path only, used by services that have checked their caller")
    public Optional<String> areaPathOf(long institutionId) {
        return Optional.ofNullable(places.pathOf(institutionId));
    }

    /**
     * Every institution has an area, chosen in the editor (never guessed: a township branch does not
     * sit where its association does), active, and within the area of a user bound to one.
     */
    private void requireArea(Institution institution) {
        if (institution.getAreaId() == null) {
            throw new InvalidFieldException("areaId", "validation.required");
        }
        String path = areas.pathOf(institution.getAreaId()).orElseThrow(() -> new InvalidFieldException("areaId", "area.error.missing"));
        if (!areas.isActive(institution.getAreaId())) {
            throw new InvalidFieldException("areaId", "area.error.inactive");
        }
        if (!currentUser.require().coversArea(path)) {
            throw new InvalidFieldException("areaId", "area.error.outsideScope");
        }
    }

    private void placesChanged(long institutionId, Long oldAreaId, Long newAreaId) {
        places.forget();
        events.publishEvent(new InstitutionMoved(institutionId, oldAreaId, newAreaId));
    }

    private Criteria scoped(InstitutionFilter filter) {
        Criteria criteria = criteria(filter);
        AuthenticatedUser user = currentUser.require();
        if (!user.seesAllInstitutions()) {
            criteria = criteria.and("id").in(orNone(user.reachableInstitutionIds()));
        }
        if (filter.areaId() != null) {
            String path = areas.pathOf(filter.areaId()).orElse("/none/");
            criteria = criteria.and("id").in(orNone(places.under(path)));
        }
        return criteria;
    }

    private static java.util.Collection<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Criteria criteria(InstitutionFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePatterns.contains(filter.text());
            criteria = criteria.and(Criteria.where("nameZh").like(pattern)
                    .or("nameEn").like(pattern)
                    .or("shortName").like(pattern)
                    .or("code").like(pattern));
        }
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type().name());
        }
        if (filter.active() != null) {
            criteria = criteria.and("active").is(filter.active());
        }
        return criteria;
    }

    private static Pageable orDefault(Pageable pageable, Sort sort) {
        if (pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
