package com.programdesk.training.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A person on a training's roster. The phone number is read masked ({@code maskedPhone}); the full number only through the
 * service's audited reveal. {@code version} guards the organiser's edits (score, details) against a concurrent change.
 */
public record Trainee(long id, int version, long activityId, String name, long institutionId, String institutionName,
                      @Nullable String department, @Nullable String jobTitle, @Nullable String maskedPhone, @Nullable BigDecimal score) {

    public static final int NAME_MAX = 60;
    public static final int DEPARTMENT_MAX = 60;
    public static final int JOB_TITLE_MAX = 60;
}
