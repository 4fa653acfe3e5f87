package com.programdesk.messaging.domain;

import org.jspecify.annotations.Nullable;

/** What the robot dialog sends: the scope with its institution, team or area, the kind, the webhook and (钉钉) the signing secret. */
public record ChatRobotDraft(@Nullable RobotScope scope, @Nullable Long institutionId, @Nullable Long teamId, @Nullable Long areaId,
                             @Nullable Channel kind, @Nullable String name, @Nullable String webhook, @Nullable String secret) {
}
