package com.programdesk.practice.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One case in the list: enough to recognise it, with the number of its photos and other files. */
public record GoodPracticeRow(long id, String title, long institutionId, String institutionName, long programId, String programTitle,
                              boolean recommended, @Nullable LocalDateTime recommendedAt, LocalDateTime createdAt, int photos, int files) {
}
