package com.programdesk.expertise.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One comment of a thread (专家意见): who wrote what, when, and whom it mentions (user ids, comma separated). */
public record Comment(long id, String targetKind, long targetId, @Nullable Long programId, long authorId, String authorName, String body,
                      @Nullable String mentions, LocalDateTime createdAt) {

    public static final int BODY_MAX = 2000;
}
