package com.programdesk.training.domain;

import java.util.List;

/** What the anonymous sign-in page shows for a valid code: the training, the session, and who is on the roster by institution. */
public record SignInPage(String trainingTitle, TrainingSession session, List<RosterEntry> roster) {

    /** A name on the roster and the institution it is listed under (the trainee picks both). */
    public record RosterEntry(String name, long institutionId, String institutionName) {
    }
}
