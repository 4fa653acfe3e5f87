package com.programdesk.security.service;

import com.programdesk.base.service.LikePatterns;
import org.jspecify.annotations.Nullable;

/**
 * SQL for rows scoped by area. An area and everything below it is one path prefix, so a user's
 * scope is one LIKE pattern ({@link CurrentUser#areaPattern()}) bound to a named parameter; the
 * sub-queries here turn it into the areas or institutions it covers, without lists of ids.
 */
public final class AreaScope {

    private AreaScope() {
    }

    /** The LIKE pattern for an area path and everything below it; null for null. */
    public static @Nullable String pattern(@Nullable String areaPath) {
        return areaPath == null ? null : LikePatterns.escape(areaPath) + "%";
    }

    /** A sub-query: the ids of the areas matching the pattern in {@code :parameter}. */
    public static String areas(String parameter) {
        return "(SELECT scope_a.id FROM area scope_a WHERE scope_a.path LIKE :" + parameter + ")";
    }

    /** A sub-query: the ids of the institutions placed in an area matching the pattern in {@code :parameter}. */
    public static String institutions(String parameter) {
        return "(SELECT scope_i.id FROM institution scope_i JOIN area scope_ia ON scope_ia.id = scope_i.area_id"
                + " WHERE scope_ia.path LIKE :" + parameter + ")";
    }

    /** A sub-query: the ids of the programs whose area matches the pattern in {@code :parameter}. */
    public static String programs(String parameter) {
        return "(SELECT scope_p.id FROM program scope_p JOIN area scope_pa ON scope_pa.id = scope_p.area_id"
                + " WHERE scope_pa.path LIKE :" + parameter + ")";
    }
}
