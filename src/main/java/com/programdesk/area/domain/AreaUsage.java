package com.programdesk.area.domain;

/** What else lives in an area, answered by the features that keep it (an area with live institutions stays active). */
public interface AreaUsage {

    /** Active institutions in the area with {@code path} or below it. */
    long activeInstitutionsUnder(String path);
}
