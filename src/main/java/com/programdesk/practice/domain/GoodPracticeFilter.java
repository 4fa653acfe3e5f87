package com.programdesk.practice.domain;

import org.jspecify.annotations.Nullable;

/** What the list of cases is narrowed to: words in the title, text or institution's name, a program, only recommended ones. */
public record GoodPracticeFilter(@Nullable String text, @Nullable Long programId, boolean recommendedOnly) {
}
