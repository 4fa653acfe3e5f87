package com.programdesk.base.service;

/** SQL LIKE patterns from what a user typed into a search box. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%} with LIKE's wildcards in the user's text escaped. */
    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
