package com.programdesk.training.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.training.domain.SignIn;
import com.programdesk.training.domain.Trainee;
import com.programdesk.training.domain.TraineeInput;
import com.programdesk.training.domain.TraineeResult;
import com.programdesk.training.domain.TrainingHours;
import com.programdesk.training.domain.TrainingSession;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A training (an activity of type 培训班) with its roster, sessions, sign-in sheets and results. Whoever sees the activity reads
 * the training; whoever may edit the activity organises it (sessions, codes, corrections, scores, certificates); institution and
 * association staff enrol and remove trainees of the institutions they reach. Phone numbers are read masked; a reveal is audited.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

    public static final BigDecimal SCORE_MAX = BigDecimal.valueOf(100);
    private static final String TRAINEE_COLUMNS = """
            SELECT t.id, t.version, t.activity_id, t.name, t.institution_id, i.name_zh AS institution_name, t.department, t.job_title,
                   t.phone, t.score
            FROM training_trainee t JOIN institution i ON i.id = t.institution_id
            """;

    private final ActivityService activities;
    private final SignInCodes codes;
    private final TrainingDocuments documents;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingService(ActivityService activities, SignInCodes codes, TrainingDocuments documents, AuditService audit,
                    CurrentUser currentUser, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.codes = codes;
        this.documents = documents;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The trainings of a year the user sees (the activity calendar's rule), in date order. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> trainings(int year) {
        return activities.agenda(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new ActivityFilter(null, ActivityType.TRAINING, null, null, null), 0, ActivityService.CALENDAR_LIMIT);
    }

    /**
     * The year the trainings list opens on: this year when the user sees trainings in it, otherwise the
     * latest of the four years before that has some (the demo's trainings are of 2024), otherwise this year.
     */
    @PreAuthorize("isAuthenticated()")
    public int openingYear(int thisYear) {
        return activities.latestDay(LocalDate.of(thisYear - 4, 1, 1), LocalDate.of(thisYear, 12, 31),
                        new ActivityFilter(null, ActivityType.TRAINING, null, null, null))
                .map(day -> Math.min(day.getYear(), thisYear)).orElse(thisYear);
    }

    /** The training activity, if the user sees it and it is a training. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Activity> training(long activityId) {
        return activities.find(activityId).filter(a -> a.getType() == ActivityType.TRAINING);
    }

    /** Whether the user organises the training: sessions, codes, the sheet's corrections, scores and certificates. */
    @PreAuthorize("isAuthenticated()")
    public boolean canOrganise(Activity training) {
        return activities.canEdit(training);
    }

    /** Whether the user may enrol trainees at all (the organiser any institution's, staff their own institutions'). */
    @PreAuthorize("isAuthenticated()")
    public boolean canEnrol(Activity training) {
        Role role = currentUser.require().role();
        return canOrganise(training) || role == Role.INSTITUTION || role == Role.ASSOCIATION;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Trainee> roster(long activityId) {
        require(activityId);
        return jdbc.sql(TRAINEE_COLUMNS + " WHERE t.activity_id = :activity ORDER BY i.name_zh, t.name")
                .param("activity", activityId).query(TrainingService::trainee).list();
    }

    /**
     * Puts someone on the roster. The name and the institution are required (the trainee signs in with both), the same name
     * twice at one institution is refused at the name, a phone must be a Chinese mobile or landline number.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Trainee enrol(long activityId, TraineeInput input) {
        Activity training = require(activityId);
        String name = TextInput.required(input.name(), "name", Trainee.NAME_MAX);
        if (input.institutionId() == null) {
            throw new InvalidFieldException("institutionId", "validation.required");
        }
        requireEnrolling(training, input.institutionId());
        String department = TextInput.optional(input.department(), "department", Trainee.DEPARTMENT_MAX);
        String jobTitle = TextInput.optional(input.jobTitle(), "jobTitle", Trainee.JOB_TITLE_MAX);
        String phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().strip();
        if (phone != null && !PhoneNumbers.isValid(phone)) {
            throw new InvalidFieldException("phone", "validation.phoneFormat");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM institution WHERE id = :id").param("id", input.institutionId()).query(Long.class).single() == 0) {
            throw new InvalidFieldException("institutionId", "validation.required");
        }
        long id;
        try {
            jdbc.sql("""
                    INSERT INTO training_trainee (activity_id, name, institution_id, department, job_title, phone, created_at)
                    VALUES (:activity, :name, :institution, :department, :jobTitle, :phone, :now)""")
                    .param("activity", activityId).param("name", name).param("institution", input.institutionId())
                    .param("department", department).param("jobTitle", jobTitle).param("phone", phone)
                    .param("now", LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("name", "training.error.alreadyEnrolled");
        }
        id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(AuditAction.CREATE, AuditedEntity.TRAINEE, id, "activity: " + activityId + ", name: " + name
                + ", institution: " + input.institutionId() + (phone == null ? "" : ", phone: (set)"));
        return trainee(id);
    }

    /** Takes someone off the roster, with their sign-ins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(Trainee trainee) {
        Trainee current = trainee(trainee.id());
        requireEnrolling(require(current.activityId()), current.institutionId());
        jdbc.sql("DELETE FROM training_trainee WHERE id = :id").param("id", current.id()).update();
        audit.record(AuditAction.DELETE, AuditedEntity.TRAINEE, current.id(), "name: " + current.name());
    }

    /** One trainee's full phone number, for the organiser or the trainee's institution; every reveal is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> revealPhone(long traineeId) {
        Trainee trainee = trainee(traineeId);
        requireEnrolling(require(trainee.activityId()), trainee.institutionId());
        audit.record(AuditAction.REVEAL, AuditedEntity.TRAINEE, traineeId, "phone");
        return Optional.ofNullable(jdbc.sql("SELECT phone FROM training_trainee WHERE id = :id").param("id", traineeId)
                .query(String.class).optional().orElse(null));
    }

    /** Sets or clears the assessment score (0–100, one decimal); a stale copy of the trainee is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Trainee score(Trainee trainee, @Nullable BigDecimal score) {
        requireOrganiser(require(trainee.activityId()));
        if (score != null && (score.signum() < 0 || score.compareTo(SCORE_MAX) > 0 || score.stripTrailingZeros().scale() > 1)) {
            throw new InvalidFieldException("score", "training.error.scoreRange");
        }
        int updated = jdbc.sql("UPDATE training_trainee SET score = :score, version = version + 1 WHERE id = :id AND version = :version")
                .param("score", score).param("id", trainee.id()).param("version", trainee.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Trainee " + trainee.id() + " changed meanwhile");
        }
        audit.record(AuditAction.UPDATE, AuditedEntity.TRAINEE, trainee.id(), "score: " + trainee.score() + " → " + score);
        return trainee(trainee.id());
    }

    @PreAuthorize("isAuthenticated()")
    public List<TrainingSession> sessions(long activityId) {
        require(activityId);
        return sessionsOf(activityId);
    }

    /** Adds a session; it must end after it starts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession addSession(long activityId, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt) {
        requireOrganiser(require(activityId));
        if (startsAt == null) {
            throw new InvalidFieldException("startsAt", "validation.required");
        }
        if (endsAt == null) {
            throw new InvalidFieldException("endsAt", "validation.required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidFieldException("endsAt", "validation.endBeforeStart");
        }
        jdbc.sql("INSERT INTO training_session (activity_id, starts_at, ends_at, created_at) VALUES (:activity, :start, :end, :now)")
                .param("activity", activityId).param("start", startsAt).param("end", endsAt).param("now", LocalDateTime.now(clock))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(AuditAction.CREATE, AuditedEntity.TRAINING_SESSION, id, "activity: " + activityId + ", " + startsAt + " – " + endsAt);
        return session(id);
    }

    /**
     * A new sign-in code for the session: the previous code of the session stops working. Only its hash is stored, so the code
     * shows once — on the organiser's screen, as the QR code.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String newSignInCode(TrainingSession session) {
        requireOrganiser(require(session.activityId()));
        return codes.issue(session.id());
    }

    /** The session's sign-in sheet: every trainee on the roster, signed in or not. */
    @PreAuthorize("isAuthenticated()")
    public List<SignIn> sheet(TrainingSession session) {
        require(session.activityId());
        return sheetOf(session.id());
    }

    /** The organiser signs a trainee in (at the session's start, not late) or out by hand; each correction is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void correct(TrainingSession session, long traineeId, boolean signedIn) {
        Activity training = require(session.activityId());
        requireOrganiser(training);
        Trainee trainee = trainee(traineeId);
        if (trainee.activityId() != session.activityId()) {
            throw new AccessDeniedException("Trainee " + traineeId + " is not on this training's roster");
        }
        String actor = currentUser.actorName();
        if (signedIn) {
            int added = jdbc.sql("""
                    INSERT IGNORE INTO training_sign_in (session_id, trainee_id, signed_at, late, corrected_by)
                    VALUES (:session, :trainee, :at, FALSE, :actor)""")
                    .param("session", session.id()).param("trainee", traineeId).param("at", session.startsAt()).param("actor", actor)
                    .update();
            if (added == 0) {
                return;
            }
        } else if (jdbc.sql("DELETE FROM training_sign_in WHERE session_id = :session AND trainee_id = :trainee")
                .param("session", session.id()).param("trainee", traineeId).update() == 0) {
            return;
        }
        audit.record(AuditAction.UPDATE, AuditedEntity.TRAINING_SESSION, session.id(),
                "sign-in of " + trainee.name() + " (" + trainee.institutionName() + "): " + (signedIn ? "absent → present" : "present → absent"));
        events.publishEvent(TargetActualsChanged.ofProgram(training.getProgramId(), MeasuredData.TRAINING_SIGN_INS));
    }

    /** Each trainee's attendance over the sessions held so far and planned, hours and pass. */
    @PreAuthorize("isAuthenticated()")
    public List<TraineeResult> results(long activityId) {
        require(activityId);
        return resultsOf(activityId);
    }

    /**
     * Writes the certificate (A4, Chinese font embedded) of a trainee who passed; anyone else is refused at {@code certificate}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void writeCertificate(long traineeId, Function<String, String> labels, Locale locale, OutputStream out) {
        Trainee trainee = trainee(traineeId);
        Activity training = require(trainee.activityId());
        requireOrganiser(training);
        TraineeResult result = resultsOf(training.getId()).stream().filter(r -> r.trainee().id() == traineeId).findFirst().orElseThrow();
        if (!result.passed()) {
            throw new InvalidFieldException("certificate", "training.error.notPassed");
        }
        documents.writeCertificate(training, result, labels, locale, out);
        audit.record(AuditAction.DOWNLOAD, AuditedEntity.TRAINEE, traineeId, "certificate");
    }

    /** The roster as a spreadsheet (phones masked). */
    @PreAuthorize("isAuthenticated()")
    public void writeRoster(long activityId, Function<String, String> labels, OutputStream out) {
        Activity training = require(activityId);
        documents.writeRoster(training, resultsOf(activityId), labels, out);
    }

    /** The session's 签到表: a row per trainee with the time signed in, late marks and an empty column to sign by hand. */
    @PreAuthorize("isAuthenticated()")
    public void writeSheet(TrainingSession session, Function<String, String> labels, Locale locale, OutputStream out) {
        Activity training = require(session.activityId());
        documents.writeSheet(training, session, sheetOf(session.id()), labels, locale, out);
    }

    /**
     * Training hours in a year per person and per institution (the institution's line has an empty name), over every training's
     * attended sessions, for the institutions the user reaches.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TrainingHours> hours(int year) {
        AuthenticatedUser user = currentUser.require();
        String scope = user.isAreaBound() || user.role() == Role.INSTITUTION || user.role() == Role.ASSOCIATION
                ? " AND t.institution_id IN (:reach)" : "";
        return jdbc.sql("""
                SELECT i.name_zh AS institution_name, COALESCE(t.name, '') AS name, COUNT(*) AS sessions,
                       SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)) AS minutes
                FROM training_sign_in g JOIN training_session s ON s.id = g.session_id
                     JOIN training_trainee t ON t.id = g.trainee_id JOIN institution i ON i.id = t.institution_id
                WHERE s.starts_at >= :from AND s.starts_at < :to""" + scope + """
                 GROUP BY i.name_zh, t.name WITH ROLLUP""")
                .param("from", LocalDateTime.of(year, 1, 1, 0, 0)).param("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                .param("reach", currentUser.reachForQuery())
                .query((rs, row) -> rs.getString("institution_name") == null ? null
                        : new TrainingHours(year, rs.getString("institution_name"), rs.getString("name"), rs.getInt("sessions"),
                                Math.round(rs.getLong("minutes") / 6.0) / 10.0))
                .list().stream().filter(h -> h != null).toList();
    }

    List<TraineeResult> resultsOf(long activityId) {
        List<TrainingSession> sessions = sessionsOf(activityId);
        Map<Long, Double> hoursBySession = sessions.stream().collect(Collectors.toMap(TrainingSession::id, TrainingSession::hours));
        Map<Long, List<Long>> attended = jdbc.sql("""
                SELECT g.trainee_id, g.session_id FROM training_sign_in g JOIN training_session s ON s.id = g.session_id
                WHERE s.activity_id = :activity""").param("activity", activityId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .collect(Collectors.groupingBy(pair -> pair[0], Collectors.mapping(pair -> pair[1], Collectors.toList())));
        List<Trainee> roster = jdbc.sql(TRAINEE_COLUMNS + " WHERE t.activity_id = :activity ORDER BY i.name_zh, t.name")
                .param("activity", activityId).query(TrainingService::trainee).list();
        return roster.stream().map(t -> {
            List<Long> sessionIds = attended.getOrDefault(t.id(), List.of());
            double hours = sessionIds.stream().mapToDouble(id -> hoursBySession.getOrDefault(id, 0.0)).sum();
            return new TraineeResult(t, sessionIds.size(), sessions.size(), Math.round(hours * 10) / 10.0);
        }).toList();
    }

    List<TrainingSession> sessionsOf(long activityId) {
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.starts_at, s.ends_at,
                       (SELECT COUNT(*) FROM training_sign_in g WHERE g.session_id = s.id) AS signed_in
                FROM training_session s WHERE s.activity_id = :activity ORDER BY s.starts_at, s.id""")
                .param("activity", activityId).query(TrainingService::session).list();
    }

    List<SignIn> sheetOf(long sessionId) {
        return jdbc.sql("""
                SELECT t.id, t.name, i.name_zh AS institution_name, t.department, t.job_title, g.signed_at, g.late, g.repeats, g.corrected_by
                FROM training_session s JOIN training_trainee t ON t.activity_id = s.activity_id
                     JOIN institution i ON i.id = t.institution_id
                     LEFT JOIN training_sign_in g ON g.session_id = s.id AND g.trainee_id = t.id
                WHERE s.id = :session ORDER BY i.name_zh, t.name""").param("session", sessionId)
                .query((rs, row) -> new SignIn(rs.getLong("id"), rs.getString("name"), rs.getString("institution_name"),
                        rs.getString("department"), rs.getString("job_title"), rs.getObject("signed_at", LocalDateTime.class),
                        rs.getBoolean("late"), rs.getInt("repeats"), rs.getString("corrected_by")))
                .list();
    }

    TrainingSession session(long id) {
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.starts_at, s.ends_at,
                       (SELECT COUNT(*) FROM training_sign_in g WHERE g.session_id = s.id) AS signed_in
                FROM training_session s WHERE s.id = :id""").param("id", id).query(TrainingService::session).optional()
                .orElseThrow(() -> new AccessDeniedException("No training session " + id));
    }

    private Trainee trainee(long id) {
        return jdbc.sql(TRAINEE_COLUMNS + " WHERE t.id = :id").param("id", id).query(TrainingService::trainee).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("Trainee " + id + " no longer exists"));
    }

    /** The training if the user sees it; anything else looks like a training that does not exist. */
    private Activity require(long activityId) {
        return training(activityId).orElseThrow(() -> new AccessDeniedException("No training " + activityId));
    }

    private void requireOrganiser(Activity training) {
        if (!canOrganise(training)) {
            throw new AccessDeniedException("Only the organiser keeps training " + training.getId());
        }
    }

    /** The organiser enrols anyone; institution and association staff only people of the institutions they reach. */
    private void requireEnrolling(Activity training, long institutionId) {
        if (canOrganise(training)) {
            return;
        }
        AuthenticatedUser user = currentUser.require();
        if ((user.role() == Role.INSTITUTION || user.role() == Role.ASSOCIATION) && user.canReach(institutionId)) {
            return;
        }
        throw new AccessDeniedException("Enrolling for institution " + institutionId + " is not this user's to do");
    }

    private static Trainee trainee(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new Trainee(rs.getLong("id"), rs.getInt("version"), rs.getLong("activity_id"), rs.getString("name"),
                rs.getLong("institution_id"), rs.getString("institution_name"), rs.getString("department"), rs.getString("job_title"),
                phone == null ? null : PhoneNumbers.mask(phone), rs.getBigDecimal("score"));
    }

    static TrainingSession session(ResultSet rs, int row) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getLong("activity_id"), rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class), rs.getInt("signed_in"));
    }
}
