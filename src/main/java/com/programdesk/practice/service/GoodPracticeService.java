package com.programdesk.practice.service;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.InvalidFieldsException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.TextInput;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.GoodPracticeFilter;
import com.programdesk.practice.domain.GoodPracticeRepository;
import com.programdesk.practice.domain.GoodPracticeRow;
import com.programdesk.practice.domain.NewFile;
import com.programdesk.practice.domain.RecommendedPractice;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Good practices (典型案例). An institution records cases of its own work and changes them until the bureau recommends
 * them; the bureau (a coordinator or administrator) records and changes cases of the institutions in its area and
 * marks or unmarks them recommended (推荐), audited. Readers see the cases of the institutions they reach; a viewer
 * named expert of a program also sees that program's cases. Photos and files are attachments (owner type
 * {@link GoodPractice#OWNER}) saved with the case: a refused file saves neither the case nor any file.
 */
@Service
@Transactional(readOnly = true)
public class GoodPracticeService {

    static final String RECORDERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.INSTITUTION + "','"
            + Roles.ASSOCIATION + "')";
    static final String RECOMMENDERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    private static final AuditedEntity ENTITY = AuditedEntity.GOOD_PRACTICE;
    private static final String PHOTOS = "(SELECT COUNT(*) FROM attachment a WHERE a.owner_type = '" + GoodPractice.OWNER
            + "' AND a.owner_id = g.id AND a.content_type LIKE 'image/%')";
    private static final String FILES = "(SELECT COUNT(*) FROM attachment a WHERE a.owner_type = '" + GoodPractice.OWNER
            + "' AND a.owner_id = g.id AND a.content_type NOT LIKE 'image/%')";

    private final GoodPracticeRepository practices;
    private final ProgramService programs;
    private final ExpertiseService expertise;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    GoodPracticeService(GoodPracticeRepository practices, ProgramService programs, ExpertiseService expertise,
                        AttachmentService attachments, AuditService audit, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.practices = practices;
        this.programs = programs;
        this.expertise = expertise;
        this.attachments = attachments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cases matching the filter that the user may read, newest first, one page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<GoodPracticeRow> search(GoodPracticeFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("limit", limit, "offset", offset));
        return jdbc.sql("SELECT g.id, g.title, g.institution_id, i.name_zh AS institution_name, g.program_id, p.title AS program_title,"
                        + " g.recommended, g.recommended_at, g.created_at, " + PHOTOS + " AS photos, " + FILES + " AS files"
                        + " FROM good_practice g JOIN institution i ON i.id = g.institution_id JOIN program p ON p.id = g.program_id"
                        + " WHERE " + where(filter, params) + " ORDER BY g.created_at DESC, g.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(GoodPracticeRow.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int count(GoodPracticeFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM good_practice g JOIN institution i ON i.id = g.institution_id WHERE " + where(filter, params))
                .params(params).query(Integer.class).single();
    }

    /** The case, if the user may read it: one of another institution looks like one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<GoodPractice> find(long id) {
        return practices.findById(id).filter(this::readable);
    }

    /** True for those who record cases: the bureau and institution staff, not viewers. */
    @PreAuthorize("isAuthenticated()")
    public boolean canRecord() {
        return currentUser.require().role() != Role.VIEWER;
    }

    /** The institution a new case is recorded for without a choice: an institution user's own; null for the bureau. */
    @PreAuthorize("isAuthenticated()")
    public @Nullable Long fixedInstitution() {
        AuthenticatedUser user = currentUser.require();
        return user.role().requiresInstitution() ? user.institutionId() : null;
    }

    /** The bureau changes the cases of the institutions it reaches; an institution its own until they are recommended. */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(GoodPractice practice) {
        AuthenticatedUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> user.canReach(practice.getInstitutionId());
            case INSTITUTION, ASSOCIATION -> user.canReach(practice.getInstitutionId()) && !practice.isRecommended();
            case VIEWER -> false;
        };
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canRecommend(GoodPractice practice) {
        AuthenticatedUser user = currentUser.require();
        return (user.role() == Role.ADMIN || user.role() == Role.COORDINATOR) && user.canReach(practice.getInstitutionId());
    }

    /**
     * Records a new case or saves changes to one, with the photos and files picked in the form. Bad input is refused
     * with {@link InvalidFieldException} at its field ({@code title}, {@code text}, {@code institution}, {@code program},
     * {@code file}); a case the user may not change with {@link AccessDeniedException}; either way nothing is written.
     */
    @PreAuthorize(RECORDERS)
    @Transactional
    public GoodPractice save(GoodPractice edited, List<NewFile> files) {
        GoodPractice practice = edited.copy();
        AuthenticatedUser user = currentUser.require();
        if (practice.isNew() && user.role().requiresInstitution()) {
            practice.setInstitutionId(user.institutionId());
        }
        GoodPractice before = null;
        if (!practice.isNew()) {
            before = OptimisticLocking.unchanged(practices.findById(practice.getId()), practice, ENTITY + " " + practice.getId());
            if (!canEdit(before)) {
                throw new AccessDeniedException("Good practice " + before.getId() + " is not this user's to change");
            }
        }
        validate(practice);
        LocalDateTime now = LocalDateTime.now(clock);
        practice.setUpdatedBy(currentUser.actorName());
        practice.setUpdatedAt(now);
        GoodPractice saved;
        if (before == null) {
            practice.setCreatedBy(currentUser.actorName());
            practice.setCreatedAt(now);
            saved = practices.save(practice);
            audit.record(AuditAction.CREATE, ENTITY, saved.getId(), AuditChanges.of(saved.auditFields()));
        } else {
            practice.setCreatedBy(before.getCreatedBy());
            practice.setCreatedAt(before.getCreatedAt());
            practice.recommend(before.isRecommended(), before.getRecommendedBy(), before.getRecommendedAt());
            saved = practices.save(practice);
            audit.record(AuditAction.UPDATE, ENTITY, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        }
        for (NewFile file : files) {
            attachments.store(GoodPractice.OWNER, saved.getId(), file.fileName(), file.path());
        }
        return saved;
    }

    /** Marks the case recommended (推荐) or takes the mark away; audited. Refused for a stale copy (someone saved it meanwhile). */
    @PreAuthorize(RECOMMENDERS)
    @Transactional
    public GoodPractice recommend(GoodPractice practice, boolean recommended) {
        GoodPractice stored = OptimisticLocking.unchanged(practices.findById(practice.getId()), practice, ENTITY + " " + practice.getId());
        if (!canRecommend(stored)) {
            throw new AccessDeniedException("Good practice " + stored.getId() + " is outside this user's reach");
        }
        if (stored.isRecommended() == recommended) {
            return stored;
        }
        stored.recommend(recommended, currentUser.actorName(), LocalDateTime.now(clock));
        GoodPractice saved = practices.save(stored);
        audit.record(AuditAction.STATUS_CHANGE, ENTITY, saved.getId(), "recommended: " + !recommended + " → " + recommended);
        return saved;
    }

    /**
     * For the evaluation report: the program's cases recommended between {@code from} and {@code to} (both days
     * included) that the user may read, in the order they were recommended; none for a program the user does not see.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RecommendedPractice> recommendedFor(long programId, LocalDate from, LocalDate to) {
        if (programs.find(programId).isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(Map.of("program", programId, "from", from.atStartOfDay(),
                "until", to.plusDays(1).atStartOfDay()));
        return jdbc.sql("SELECT g.id, g.title, i.name_zh, LEFT(g.body, " + (RecommendedPractice.SUMMARY_MAX * 2) + ") AS body,"
                        + " g.recommended_at, " + PHOTOS + " AS photos"
                        + " FROM good_practice g JOIN institution i ON i.id = g.institution_id"
                        + " WHERE g.program_id = :program AND g.recommended AND g.recommended_at >= :from AND g.recommended_at < :until"
                        + " AND " + reach(params) + " ORDER BY g.recommended_at, g.id")
                .params(params)
                .query((rs, row) -> new RecommendedPractice(rs.getLong("id"), rs.getString("title"), rs.getString("name_zh"),
                        RecommendedPractice.summarize(rs.getString("body")), rs.getTimestamp("recommended_at").toLocalDateTime(),
                        rs.getInt("photos")))
                .list();
    }

    private boolean readable(GoodPractice practice) {
        AuthenticatedUser user = currentUser.require();
        return user.canReach(practice.getInstitutionId()) || expertise.isExpertOf(practice.getProgramId())
                || (user.role().requiresInstitution() && practice.isRecommended());
    }

    /**
     * The row-level rule (alias {@code g}): the institutions the user reaches, and the programs a viewer is expert of.
     * Institution and association staff also read the cases the bureau recommended (推广: they are published to be learnt
     * from), as they read every program; they change only their own.
     */
    private String reach(Map<String, Object> params) {
        AuthenticatedUser user = currentUser.require();
        if (user.seesAllInstitutions()) {
            return "1 = 1";
        }
        params.put("reach", currentUser.reachForQuery());
        if (user.role().requiresInstitution()) {
            return "(g.institution_id IN (:reach) OR g.recommended)";
        }
        if (user.role() != Role.VIEWER) {
            return "g.institution_id IN (:reach)";
        }
        params.put("expertOf", expertise.myProgramsForQuery());
        return "(g.institution_id IN (:reach) OR g.program_id IN (:expertOf))";
    }

    private String where(GoodPracticeFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(reach(params)));
        if (filter.text() != null && !filter.text().isBlank()) {
            params.put("text", LikePatterns.contains(filter.text().strip()));
            conditions.add("(g.title LIKE :text OR g.body LIKE :text OR i.name_zh LIKE :text OR i.short_name LIKE :text)");
        }
        if (filter.programId() != null) {
            params.put("programId", filter.programId());
            conditions.add("g.program_id = :programId");
        }
        if (filter.recommendedOnly()) {
            conditions.add("g.recommended");
        }
        return String.join(" AND ", conditions);
    }

    private void validate(GoodPractice practice) {
        List<InvalidFieldException> problems = new ArrayList<>();
        try {
            practice.setTitle(TextInput.required(practice.getTitle(), "title", GoodPractice.TITLE_MAX));
        } catch (InvalidFieldException e) {
            problems.add(e);
        }
        try {
            practice.setBody(TextInput.required(practice.getBody(), "text", GoodPractice.TEXT_MAX));
        } catch (InvalidFieldException e) {
            problems.add(e);
        }
        if (practice.getInstitutionId() == null) {
            problems.add(new InvalidFieldException("institution", "validation.required"));
        } else if (!currentUser.require().canReach(practice.getInstitutionId())) {
            problems.add(new InvalidFieldException("institution", "practice.error.institution"));
        }
        if (practice.getProgramId() == null) {
            problems.add(new InvalidFieldException("program", "validation.required"));
        } else if (programs.find(practice.getProgramId()).isEmpty()) {
            problems.add(new InvalidFieldException("program", "practice.error.program"));
        }
        InvalidFieldsException.throwIfAny(problems);
    }
}
