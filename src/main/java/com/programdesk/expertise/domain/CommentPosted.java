package com.programdesk.expertise.domain;

import java.util.List;

/** Published when a comment is posted, in its transaction: the mentioned users are told (notification listens). */
public record CommentPosted(long commentId, CommentTargetKind kind, long targetId, String route, String subject, String authorName,
                            List<Long> mentionedUserIds) {
}
