package com.programdesk.training.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.training.domain.SignInPage;
import com.programdesk.training.domain.SignInResult;
import com.programdesk.training.domain.SignInResult.Outcome;
import com.programdesk.training.domain.TrainingSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in to a training session from a phone, without an account: the QR code's link carries the session's code, the trainee
 * picks their institution and name from the roster. Someone not on the roster is refused ("请联系培训组织者": the organiser adds
 * them, then they sign in, or the organiser signs them in by hand) — no walk-in rows, so the roster stays the one list of trainees.
 * A sign-in after the session's start plus 15 minutes is marked late; a second one is counted on the first and changes nothing
 * else. Each refusal names its field: the code ({@code token}: forged, replaced, outside the window, too many attempts) or the
 * name ({@code name}: not on the roster).
 */
@Service
public class TrainingSignInService {

    private static final String ANONYMOUS = "the trainee has no account; the session's code in the link is the credential, and the "
            + "throttle limits attempts per client";

    private final SignInCodes codes;
    private final SignInThrottle throttle;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingSignInService(SignInCodes codes, SignInThrottle throttle, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.codes = codes;
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The training, session and roster names behind a code, or empty for a forged or replaced code. */
    @WithoutAuthorization(ANONYMOUS)
    @Transactional(readOnly = true)
    public Optional<SignInPage> page(@Nullable String code) {
        return codes.sessionOf(code).map(this::session).map(session -> new SignInPage(title(session.activityId()), session,
                jdbc.sql("""
                        SELECT t.name, t.institution_id, i.name_zh FROM training_trainee t JOIN institution i ON i.id = t.institution_id
                        WHERE t.activity_id = :activity ORDER BY i.name_zh, t.name""").param("activity", session.activityId())
                        .query((rs, row) -> new SignInPage.RosterEntry(rs.getString(1), rs.getLong(2), rs.getString(3))).list()));
    }

    /**
     * Signs the trainee in. Refused at {@code token} when the code is forged or replaced ({@code training.signIn.error.invalidCode}),
     * the session is not open ({@code training.signIn.error.outsideWindow}) or the client tried too often
     * ({@code training.signIn.error.tooMany}); at {@code name} when the name is not on the roster under that institution.
     */
    @WithoutAuthorization(ANONYMOUS)
    @Transactional
    public SignInResult signIn(@Nullable String code, @Nullable Long institutionId, @Nullable String name, @Nullable String client) {
        if (!throttle.tryAcquire(client == null || client.isBlank() ? "?" : client)) {
            throw new InvalidFieldException("token", "training.signIn.error.tooMany");
        }
        TrainingSession session = codes.sessionOf(code).map(this::session)
                .orElseThrow(() -> new InvalidFieldException("token", "training.signIn.error.invalidCode"));
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (!session.isOpenAt(now)) {
            throw new InvalidFieldException("token", "training.signIn.error.outsideWindow");
        }
        if (institutionId == null) {
            throw new InvalidFieldException("institutionId", "validation.required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        String typed = name.strip().replaceAll("\\s+", "");
        Long traineeId = jdbc.sql("""
                SELECT id FROM training_trainee WHERE activity_id = :activity AND institution_id = :institution
                AND REPLACE(name, ' ', '') = :name""")
                .param("activity", session.activityId()).param("institution", institutionId).param("name", typed)
                .query(Long.class).optional()
                .orElseThrow(() -> new InvalidFieldException("name", "training.signIn.error.notOnRoster"));
        boolean late = session.isLateAt(now);
        // one statement: a second sign-in (also one racing the first) only counts a repeat on the first
        int rows = jdbc.sql("""
                INSERT INTO training_sign_in (session_id, trainee_id, signed_at, late) VALUES (:session, :trainee, :now, :late)
                ON DUPLICATE KEY UPDATE repeats = repeats + 1""")
                .param("session", session.id()).param("trainee", traineeId).param("now", now).param("late", late).update();
        String rosterName = jdbc.sql("SELECT name FROM training_trainee WHERE id = :id").param("id", traineeId).query(String.class).single();
        if (rows != 1) {
            LocalDateTime first = jdbc.sql("SELECT signed_at FROM training_sign_in WHERE session_id = :session AND trainee_id = :trainee")
                    .param("session", session.id()).param("trainee", traineeId).query(LocalDateTime.class).single();
            return new SignInResult(Outcome.ALREADY_SIGNED_IN, rosterName, first);
        }
        long programId = jdbc.sql("SELECT program_id FROM activity WHERE id = :id").param("id", session.activityId())
                .query(Long.class).single();
        events.publishEvent(TargetActualsChanged.ofProgram(programId, MeasuredData.TRAINING_SIGN_INS));
        return new SignInResult(late ? Outcome.LATE : Outcome.ON_TIME, rosterName, now);
    }

    private TrainingSession session(long id) {
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.starts_at, s.ends_at,
                       (SELECT COUNT(*) FROM training_sign_in g WHERE g.session_id = s.id) AS signed_in
                FROM training_session s WHERE s.id = :id""").param("id", id).query(TrainingService::session).single();
    }

    private String title(long activityId) {
        return jdbc.sql("SELECT title FROM activity WHERE id = :id").param("id", activityId).query(String.class).single();
    }
}
