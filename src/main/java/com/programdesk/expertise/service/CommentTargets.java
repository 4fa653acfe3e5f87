package com.programdesk.expertise.service;

import com.programdesk.expertise.domain.CommentTarget;
import com.programdesk.expertise.domain.CommentTargetKind;
import java.util.Optional;

/**
 * Implemented by the feature that owns a kind of target (supervision, program): resolves a target
 * the logged-in user may see, empty (or an access refusal) otherwise. Expertise depends on no
 * feature; the features plug their targets in.
 */
public interface CommentTargets {

    CommentTargetKind kind();

    Optional<CommentTarget> resolve(long targetId);
}
