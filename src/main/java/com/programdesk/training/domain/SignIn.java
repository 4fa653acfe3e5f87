package com.programdesk.training.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A line of a session's sign-in sheet: every trainee on the roster, signed in or not. {@code repeats} counts the
 * sign-ins refused as repeated; {@code correctedBy} names the organiser who entered or changed the line by hand.
 */
public record SignIn(long traineeId, String name, String institutionName, @Nullable String department, @Nullable String jobTitle,
                     @Nullable LocalDateTime signedAt, boolean late, int repeats, @Nullable String correctedBy) {

    public boolean signedIn() {
        return signedAt != null;
    }
}
