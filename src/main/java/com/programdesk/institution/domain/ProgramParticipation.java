package com.programdesk.institution.domain;

import java.util.List;

/**
 * Which programs an institution takes part in, answered by the feature that keeps programs (it
 * builds on institutions, so institutions ask through this interface).
 */
public interface ProgramParticipation {

    /**
     * The titles of the programs not yet closed that the institution takes part in now (it lies in
     * their area, or they name it as a participant) and would no longer once placed in the area with
     * {@code newAreaPath}, which lies outside theirs.
     */
    List<String> programsLosing(long institutionId, String newAreaPath);
}
