package com.programdesk.security.service;

import java.util.Set;

/**
 * Which institutions lie in an area and below it, for the row-level rule of users bound to an
 * area. Implemented where institutions are kept; answers are cached there and refreshed when an
 * institution or an area moves.
 */
public interface InstitutionsInArea {

    /** The ids of the institutions in the area with {@code areaPath} or below it (an unmodifiable set). */
    Set<Long> under(String areaPath);
}
