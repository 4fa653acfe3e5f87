package com.programdesk.practice.domain;

import java.time.LocalDateTime;

/**
 * A recommended case as the evaluation report quotes it: its title, the institution's name, the start of its text
 * (at most {@link #SUMMARY_MAX} characters), when it was recommended and how many photos it has.
 */
public record RecommendedPractice(long id, String title, String institutionName, String summary, LocalDateTime recommendedAt,
                                  int photoCount) {

    public static final int SUMMARY_MAX = 300;

    /** The text cut to {@link #SUMMARY_MAX} characters (an ellipsis marks a cut), whitespace runs made one space. */
    public static String summarize(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_MAX ? flat : flat.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
