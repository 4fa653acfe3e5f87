package com.programdesk.training.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's attendance over the training's sessions and their score. Passed: attended at least {@link #PASS_ATTENDANCE}
 * of the sessions and, when assessed, scored at least {@link #PASS_SCORE}.
 */
public record TraineeResult(Trainee trainee, int attended, int sessions, double hours) {

    public static final double PASS_ATTENDANCE = 0.8;
    public static final BigDecimal PASS_SCORE = BigDecimal.valueOf(60);

    /** Attended sessions as a percentage, or null when the training has no session yet. */
    public @Nullable Double attendanceRate() {
        return sessions == 0 ? null : Math.round(attended * 1000.0 / sessions) / 10.0;
    }

    public boolean passed() {
        return sessions > 0 && attended >= Math.ceil(sessions * PASS_ATTENDANCE - 1e-9)
                && (trainee.score() == null || trainee.score().compareTo(PASS_SCORE) >= 0);
    }
}
