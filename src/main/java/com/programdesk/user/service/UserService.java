package com.programdesk.user.service;

import com.programdesk.area.domain.Area;
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
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.AreaScope;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.LoginAttemptService;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.AppUserRepository;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.domain.UserFilter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: administrators manage them, everyone changes their own password and language. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private static final AuditedEntity ENTITY = AuditedEntity.USER;
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("uk_app_user_username", "username");

    private final AppUserRepository repository;
    private final JdbcAggregateTemplate template;
    private final InstitutionService institutions;
    private final AreaService areas;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptService loginAttempts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(AppUserRepository repository, JdbcAggregateTemplate template, InstitutionService institutions, AreaService areas,
                PasswordEncoder passwordEncoder, LoginAttemptService loginAttempts, AuditService audit,
                CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.template = template;
        this.institutions = institutions;
        this.areas = areas;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN)
    public List<AppUser> search(UserFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return template.findAll(Query.query(scoped(criteria(filter))).with(sorted), AppUser.class);
    }

    @PreAuthorize(ADMIN)
    public long count(UserFilter filter) {
        return template.count(Query.query(scoped(criteria(filter))), AppUser.class);
    }

    @PreAuthorize(ADMIN)
    public Optional<AppUser> find(long id) {
        return repository.findById(id).filter(this::isManaged);
    }

    /** An administrator bound to an area manages the accounts of its area and below, and the staff of its institutions. */
    private Criteria scoped(Criteria criteria) {
        var admin = currentUser.require();
        if (admin.areaPath() == null) {
            return criteria;
        }
        List<Long> areaIds = areas.idsUnder(admin.areaPath());
        List<Long> reach = List.copyOf(admin.reachableInstitutionIds());
        return criteria.and(Criteria.where("areaId").in(areaIds.isEmpty() ? List.of(-1L) : areaIds)
                .or("institutionId").in(reach.isEmpty() ? List.of(-1L) : reach));
    }

    private void requireManaged(AppUser user) {
        if (!isManaged(user)) {
            throw new org.springframework.security.access.AccessDeniedException("User " + user.getId() + " is outside this administrator's area");
        }
    }

    private boolean isManaged(AppUser user) {
        var admin = currentUser.require();
        if (admin.areaPath() == null) {
            return true;
        }
        return user.getInstitutionId() != null ? admin.canReach(user.getInstitutionId())
                : user.getAreaId() != null && areas.pathOf(user.getAreaId()).map(p -> p.startsWith(admin.areaPath())).orElse(false);
    }

    @PreAuthorize(ADMIN)
    public boolean isUsernameTaken(String username) {
        return username != null && repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).isPresent();
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public AppUser create(AppUser edited, String initialPassword) {
        AppUser user = edited.copy();
        user.setUsername(user.getUsername() == null ? null : user.getUsername().strip().toLowerCase(Locale.ROOT));
        validate(user);
        if (!user.getUsername().matches(AppUser.USERNAME_PATTERN)) {
            throw new InvalidFieldException("username", "user.error.usernameFormat");
        }
        if (isUsernameTaken(user.getUsername())) {
            throw new InvalidFieldException("username", "user.error.usernameTaken");
        }
        PasswordPolicy.violation(user.getUsername(), initialPassword).ifPresent(key -> {
            throw new InvalidFieldException("password", key);
        });
        user.setEmail(validEmail(edited.getEmail()));
        user.setEmailVerified(false);
        LocalDateTime now = LocalDateTime.now(clock);
        user.setPasswordHash(passwordEncoder.encode(initialPassword));
        user.setPasswordChangedAt(now);
        user.setCreatedAt(now);
        AppUser saved = SaveErrors.translate(() -> repository.save(user), UNIQUE_FIELDS);
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        return saved;
    }

    /** Saves display name, role, institution, e-mail address and enabled flag; the user name never changes. */
    @PreAuthorize(ADMIN)
    @Transactional
    public AppUser update(AppUser edited) {
        AppUser before = repository.findById(edited.getId())
                .orElseThrow(() -> new OptimisticLockingFailureException("User " + edited.getId() + " no longer exists"));
        requireManaged(before);
        AppUser user = before.copy();
        user.setDisplayName(edited.getDisplayName());
        user.setRole(edited.getRole());
        user.setInstitutionId(edited.getRole() != null && edited.getRole().requiresInstitution() ? edited.getInstitutionId() : null);
        user.setAreaId(edited.getRole() != null && edited.getRole().requiresInstitution() ? null : edited.getAreaId());
        user.setEnabled(edited.isEnabled());
        String email = validEmail(edited.getEmail());
        if (!EmailAddresses.sameAddress(email, before.getEmail())) {
            user.setEmail(email);
            user.setEmailVerified(false);
        }
        user.setVersionForUpdate(edited.getVersion());
        validate(user);
        if (isSelf(user) && (!user.isEnabled() || user.getRole() != before.getRole())) {
            throw new InvalidFieldException("role", "user.error.cannotDemoteSelf");
        }
        AppUser saved = SaveErrors.translate(() -> repository.save(user), UNIQUE_FIELDS);
        audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        if (before.getRole() != saved.getRole()) {
            audit.record(AuditAction.ROLE_CHANGE, ENTITY, saved.getId(), "role: " + before.getRole() + " → " + saved.getRole());
        }
        if (before.isEnabled() != saved.isEnabled()) {
            audit.record(saved.isEnabled() ? AuditAction.ENABLE : AuditAction.DISABLE, ENTITY, saved.getId(), null);
        }
        return saved;
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public AppUser resetPassword(AppUser target, String newPassword) {
        AppUser user = OptimisticLocking.unchanged(repository.findById(target.getId()), target, "User " + target.getId());
        requireManaged(user);
        PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
            throw new InvalidFieldException("password", key);
        });
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangedAt(LocalDateTime.now(clock));
        AppUser saved = repository.save(user);
        loginAttempts.unlock(user.getUsername());
        audit.record(AuditAction.PASSWORD_RESET, ENTITY, saved.getId(), null);
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AuthenticatedUser me = currentUser.require();
        AppUser user = repository.findById(me.userId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidFieldException("currentPassword", "password.error.currentWrong");
        }
        PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
            throw new InvalidFieldException("newPassword", key);
        });
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new InvalidFieldException("newPassword", "password.error.unchanged");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangedAt(LocalDateTime.now(clock));
        repository.save(user);
        audit.record(AuditAction.PASSWORD_CHANGE, ENTITY, user.getId(), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void savePreferredLocale(Locale locale) {
        repository.updatePreferredLocale(currentUser.require().userId(), locale.toLanguageTag());
    }

    @PreAuthorize(ADMIN)
    public long countEnabled() {
        return template.count(Query.query(scoped(Criteria.where("enabled").is(true))), AppUser.class);
    }

    /** Whether any account exists yet; used once at start-up to decide how to bootstrap. */
    @WithoutAuthorization("asked at start-up, before anyone logs in")
    public boolean anyUserExists() {
        return repository.count() > 0;
    }

    private void validate(AppUser user) {
        if (user.getUsername() == null || user.getUsername().isBlank()) {
            throw new InvalidFieldException("username", "validation.required");
        }
        if (user.getUsername().length() > AppUser.USERNAME_MAX) {
            throw new InvalidFieldException("username", "validation.maxLength");
        }
        if (user.getDisplayName() == null || user.getDisplayName().isBlank()) {
            throw new InvalidFieldException("displayName", "validation.required");
        }
        user.setDisplayName(user.getDisplayName().strip());
        if (user.getDisplayName().length() > AppUser.DISPLAY_NAME_MAX) {
            throw new InvalidFieldException("displayName", "validation.maxLength");
        }
        if (user.getRole() == null) {
            throw new InvalidFieldException("role", "validation.required");
        }
        if (!user.getRole().requiresInstitution()) {
            user.setInstitutionId(null);
            validateArea(user);
            return;
        }
        user.setAreaId(null);
        if (user.getInstitutionId() == null) {
            throw new InvalidFieldException("institutionId", "user.error.institutionRequired");
        }
        Institution institution = institutions.find(user.getInstitutionId())
                .orElseThrow(() -> new InvalidFieldException("institutionId", "institution.error.parentMissing"));
        boolean associationSide = institution.getType() == InstitutionType.FAMILY_PLANNING_ASSOCIATION
                || institution.getType() == InstitutionType.ASSOCIATION_BRANCH;
        if (user.getRole() == com.programdesk.security.domain.Role.ASSOCIATION && !associationSide) {
            throw new InvalidFieldException("institutionId", "user.error.associationInstitution");
        }
        if (!institution.isActive()) {
            throw new InvalidFieldException("institutionId", "user.error.institutionInactive");
        }
    }

    /**
     * A bureau, viewer or administrator account may be bound to an active area; an administrator
     * bound to an area gives out only its area or one below it.
     */
    private void validateArea(AppUser user) {
        String own = currentUser.require().areaPath();
        if (user.getAreaId() == null) {
            if (own != null) {
                throw new InvalidFieldException("areaId", "area.error.outsideScope");
            }
            return;
        }
        String path = areas.pathOf(user.getAreaId()).orElseThrow(() -> new InvalidFieldException("areaId", "area.error.missing"));
        if (!areas.isActive(user.getAreaId())) {
            throw new InvalidFieldException("areaId", "area.error.inactive");
        }
        if (own != null && !path.startsWith(own)) {
            throw new InvalidFieldException("areaId", "area.error.outsideScope");
        }
    }

    /** An administrator's entry of an address: unconfirmed until its owner follows the link they send themselves. */
    private static String validEmail(String address) {
        EmailAddresses.violation(address).ifPresent(key -> {
            throw new InvalidFieldException("email", key);
        });
        return EmailAddresses.normalize(address);
    }

    private boolean isSelf(AppUser user) {
        return currentUser.find().map(me -> me.userId() == user.getId()).orElse(false);
    }

    private static Criteria criteria(UserFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = LikePatterns.contains(filter.text());
            criteria = criteria.and(Criteria.where("username").like(pattern).or("displayName").like(pattern));
        }
        if (filter.role() != null) {
            criteria = criteria.and("role").is(filter.role().name());
        }
        if (filter.enabled() != null) {
            criteria = criteria.and("enabled").is(filter.enabled());
        }
        return criteria;
    }

    /** Enabled institution and association staff bound to any of the institutions: who hears about their tasks. */
    @WithoutAuthorization("internal: resolves notification recipients to user ids, shows nothing")
    public List<Long> staffOf(java.util.Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return repository.findStaffIds(institutionIds);
    }

    /**
     * The coordinators who hear about an institution's work (a submitted task, correction or report):
     * those bound to the nearest area at or above the institution's that has any enabled coordinator
     * — for an institution of 齐贤街道 the coordinators of 柯桥区, if it has none those of 绍兴市 — and
     * unbound coordinators only when no area above it has one. With {@code levels} 2 the next such
     * level up hears too (escalation).
     */
    @WithoutAuthorization("internal: resolves notification recipients to user ids, shows nothing")
    public List<Long> coordinatorsOf(Long institutionId, int levels) {
        List<Long> lineage = institutionId == null ? List.of()
                : institutions.areaPathOf(institutionId).map(Area::lineage).orElse(List.of());
        Map<Long, List<Long>> byArea = new HashMap<>();
        List<Long> unbound = new ArrayList<>();
        for (AppUser coordinator : repository.findEnabledCoordinatorsIn(lineage.isEmpty() ? List.of(-1L) : lineage)) {
            if (coordinator.getAreaId() == null) {
                unbound.add(coordinator.getId());
            } else {
                byArea.computeIfAbsent(coordinator.getAreaId(), area -> new ArrayList<>()).add(coordinator.getId());
            }
        }
        List<List<Long>> nearestFirst = new ArrayList<>();
        for (Long area : lineage.reversed()) {
            if (byArea.containsKey(area)) {
                nearestFirst.add(byArea.get(area));
            }
        }
        if (!unbound.isEmpty()) {
            nearestFirst.add(unbound);
        }
        return nearestFirst.stream().limit(levels).flatMap(List::stream).toList();
    }

    /** The id of the logged-in user's account. */
    @PreAuthorize("isAuthenticated()")
    public long currentUserId() {
        return currentUser.require().userId();
    }

    /**
     * Who can be named inspector of a supervision round: coordinators and expert-group members
     * (viewers). A user bound to an area names those of its area and below, and those of the areas
     * above it and unbound ones (a city's expert group inspects its counties), never another county's.
     */
    @PreAuthorize("isAuthenticated()")
    public List<UserChoice> inspectorCandidates() {
        AuthenticatedUser user = currentUser.require();
        if (!user.isAreaBound()) {
            return repository.findInspectorCandidates();
        }
        String own = Objects.requireNonNull(user.areaPath());
        List<Long> above = Area.lineage(own);
        return repository.findInspectorCandidatesIn(AreaScope.pattern(own), above);
    }

    /** Display names of the given users, for showing who inspects; names only, no contact details. */
    @PreAuthorize("isAuthenticated()")
    public List<UserChoice> choicesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findChoices(ids);
    }

    /** How the user is reached outside the portal (messages by e-mail): address, whether verified, role, language. */
    @WithoutAuthorization("internal: resolves a message's recipient; the address goes only to the mail server")
    public Optional<com.programdesk.user.domain.UserContact> contactOf(long userId) {
        return repository.findContact(userId);
    }
}
