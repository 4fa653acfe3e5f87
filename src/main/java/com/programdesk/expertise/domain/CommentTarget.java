package com.programdesk.expertise.domain;

import org.jspecify.annotations.Nullable;

/**
 * A thing commented on, as its own feature resolves it for the user who may see it: its program
 * (whose experts comment), the page it opens and a short subject for notifications.
 */
public record CommentTarget(CommentTargetKind kind, long id, @Nullable Long programId, String route, String subject) {
}
