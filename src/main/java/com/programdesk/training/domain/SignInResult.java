package com.programdesk.training.domain;

import java.time.LocalDateTime;

/** What the trainee's phone shows after signing in: signed in (on time or late), or already signed in at {@code signedAt}. */
public record SignInResult(Outcome outcome, String name, LocalDateTime signedAt) {

    public enum Outcome {
        ON_TIME, LATE, ALREADY_SIGNED_IN;

        public String messageKey() {
            return "training.signIn.done." + name();
        }
    }
}
