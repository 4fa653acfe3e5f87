package com.programdesk.messaging.domain;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A work-chat robot as the page shows it: never its webhook or secret, only a masked hint
 * ({@code https://qyapi.weixin.qq.com/…d41f}); {@code target} names the institution, team or area.
 */
public record ChatRobot(long id, RobotScope scope, Channel kind, String name, String target, String webhookHint, boolean signed,
                        String createdBy, LocalDateTime createdAt, @Nullable Long institutionId) {
}
