package com.programdesk.base.service;

/** SQL LIKE patterns from what a user typed into a search box. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%} with LIKE's wildcards in the user's text escaped. */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    /** The text with LIKE's wildcards escaped, for patterns built around it ({@code path LIKE '/1/4/%'}). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
