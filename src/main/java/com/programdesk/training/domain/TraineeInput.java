package com.programdesk.training.domain;

import org.jspecify.annotations.Nullable;

/** What the organiser or an institution's staff types to enrol someone. */
public record TraineeInput(@Nullable String name, @Nullable Long institutionId, @Nullable String department, @Nullable String jobTitle,
                           @Nullable String phone) {
}
