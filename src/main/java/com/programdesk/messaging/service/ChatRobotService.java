package com.programdesk.messaging.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.service.AreaService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.ChatRobot;
import com.programdesk.messaging.domain.ChatRobotDraft;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.messaging.domain.OutboxStatus;
import com.programdesk.messaging.domain.RobotScope;
import com.programdesk.notification.domain.InstitutionNotified;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.team.domain.Team;
import com.programdesk.team.service.TeamService;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-chat robots (企业微信 group robot, 钉钉 custom robot) of an institution, a team or an area's bureau, kept by
 * administrators and coordinators within their reach. The webhook and the signing secret are stored encrypted and
 * never shown again, only a masked hint; a webhook must point to one of {@code programdesk.robots.allowed-hosts}
 * (the two services' hosts), so the portal posts nowhere else. Messages for an institution go through the outbox
 * like e-mail, once per event and robot.
 */
@Service
@Transactional(readOnly = true)
public class ChatRobotService {

    private static final String KEEPERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')";
    public static final int NAME_MAX = 60;
    public static final int WEBHOOK_MAX = 700;
    public static final int SECRET_MAX = 200;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final InstitutionService institutions;
    private final TeamService teams;
    private final AreaService areas;
    private final AuditService audit;
    private final RobotSecrets secrets;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final Set<String> allowedHosts;

    ChatRobotService(JdbcClient jdbc, CurrentUser currentUser, InstitutionService institutions, TeamService teams, AreaService areas,
                     AuditService audit, RobotSecrets secrets, OutboxDelivery delivery, Clock clock,
                     @Value("${programdesk.robots.allowed-hosts:qyapi.weixin.qq.com,oapi.dingtalk.com}") String allowedHosts) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.institutions = institutions;
        this.teams = teams;
        this.areas = areas;
        this.audit = audit;
        this.secrets = secrets;
        this.delivery = delivery;
        this.clock = clock;
        this.allowedHosts = Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The robots of the institutions and areas the user reaches, newest first. */
    @PreAuthorize(KEEPERS)
    public List<ChatRobot> list() {
        var me = currentUser.require();
        String areaPattern = currentUser.areaPattern();
        List<Long> reach = me.seesAllInstitutions() ? null : currentUser.reachForQuery();
        return jdbc.sql("""
                SELECT r.id, r.scope, r.kind, r.name,
                       COALESCE(CONCAT(t.name, ' · ', i.name_zh), i.name_zh, a.name_zh) AS target,
                       r.webhook_hint, r.secret_enc IS NOT NULL AS signed, r.created_by, r.created_at, r.institution_id
                FROM chat_robot r LEFT JOIN institution i ON i.id = r.institution_id LEFT JOIN team t ON t.id = r.team_id
                     LEFT JOIN area a ON a.id = r.area_id
                WHERE (r.institution_id IS NOT NULL AND (:all OR r.institution_id IN (:reach)))
                   OR (r.area_id IS NOT NULL AND (:areaPattern IS NULL OR a.path LIKE :areaPattern))
                ORDER BY r.created_at DESC, r.id DESC""")
                .param("all", reach == null).param("reach", reach == null ? List.of(-1L) : reach).param("areaPattern", areaPattern)
                .query(ChatRobot.class).list();
    }

    /** Checks and stores a robot; its webhook and secret encrypted. */
    @PreAuthorize(KEEPERS)
    @Transactional
    public long create(ChatRobotDraft draft) {
        if (draft.scope() == null) {
            throw new InvalidFieldException("scope", "validation.required");
        }
        Long institutionId = null;
        Long teamId = null;
        Long areaId = null;
        switch (draft.scope()) {
            case INSTITUTION -> {
                institutionId = require(draft.institutionId(), "institutionId");
                currentUser.requireReach(institutionId);
            }
            case TEAM -> {
                teamId = require(draft.teamId(), "teamId");
                Team team = teams.team(teamId).orElseThrow(() -> new InvalidFieldException("teamId", "messaging.robot.error.team"));
                institutionId = team.getOwnerInstitutionId();
                currentUser.requireReach(institutionId);
            }
            case BUREAU -> {
                areaId = require(draft.areaId(), "areaId");
                currentUser.requireArea(areas.pathOf(areaId).orElseThrow(() -> new InvalidFieldException("areaId", "area.error.missing")));
            }
        }
        if (draft.kind() == null || !draft.kind().isRobot()) {
            throw new InvalidFieldException("kind", "validation.required");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidFieldException("name", "validation.maxLength");
        }
        String webhook = checkedWebhook(draft.webhook());
        String secret = draft.secret() == null || draft.secret().isBlank() ? null : draft.secret().strip();
        if (draft.kind() == Channel.DINGTALK && secret == null) {
            throw new InvalidFieldException("secret", "messaging.robot.error.secretRequired");
        }
        if (secret != null && secret.length() > SECRET_MAX) {
            throw new InvalidFieldException("secret", "validation.maxLength");
        }
        if (draft.kind() == Channel.WECOM) {
            secret = null;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO chat_robot (scope, institution_id, team_id, area_id, kind, name, webhook_enc, secret_enc, webhook_hint,
                                        created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft.scope().name(), institutionId, teamId, areaId, draft.kind().name(), name, secrets.encrypt(webhook),
                        secret == null ? null : secrets.encrypt(secret), hint(webhook), currentUser.actorName(), LocalDateTime.now(clock))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditAction.CREATE, AuditedEntity.CHAT_ROBOT, id, "scope: " + draft.scope() + "\nkind: " + draft.kind()
                + "\nname: " + name + "\nwebhook: " + hint(webhook) + (secret == null ? "" : "\nsecret: ***"));
        return id;
    }

    /** Removes a robot; messages still waiting for it fail ("robot removed"). */
    @PreAuthorize(KEEPERS)
    @Transactional
    public void delete(long id) {
        requireKept(id);
        jdbc.sql("DELETE FROM chat_robot WHERE id = ?").param(id).update();
        audit.record(AuditAction.DELETE, AuditedEntity.CHAT_ROBOT, id, null);
    }

    /** Posts a test message through the outbox at once; whether the robot took it (if not, the delivery log says why). */
    @PreAuthorize(KEEPERS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean sendTest(long id) {
        ChatRobot robot = requireKept(id);
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (channel, kind, recipient, locale, subject, status, attempts, next_attempt_at, created_at, robot_id)
                VALUES (?, ?, ?, 'zh-CN', ?, ?, 0, ?, ?, ?)""")
                .params(robot.kind().name(), OutboxMessage.TEST, robot.webhookHint(), OutboxMessage.TEST, OutboxStatus.PENDING.name(),
                        now, now, id)
                .update(key, "id");
        return delivery.deliverNow(key.getKey().longValue());
    }

    /** Which robots hear about the institution's event, in the event's transaction: one outbox row per robot and event. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized change, in its transaction; posts only to the institution's own groups")
    public void on(InstitutionNotified event) {
        List<Robot> robots = new ArrayList<>(jdbc.sql("""
                SELECT id, scope, kind, webhook_hint FROM chat_robot WHERE institution_id = ? AND scope IN ('INSTITUTION', 'TEAM')""")
                .param(event.institutionId()).query(Robot.class).list());
        if (RobotScope.BUREAU.posts(event.kind())) {
            List<Long> lineage = institutions.areaPathOf(event.institutionId()).map(Area::lineage).orElse(List.of());
            for (Long area : lineage.reversed()) {
                List<Robot> bureau = jdbc.sql("SELECT id, scope, kind, webhook_hint FROM chat_robot WHERE area_id = ? AND scope = 'BUREAU'")
                        .param(area).query(Robot.class).list();
                if (!bureau.isEmpty()) {
                    robots.addAll(bureau);
                    break;
                }
            }
        }
        for (Robot robot : robots) {
            if (!robot.scope().posts(event.kind())) {
                continue;
            }
            jdbc.sql("""
                    INSERT IGNORE INTO outbox_message (channel, kind, recipient, locale, subject, route, status, attempts, next_attempt_at,
                                                       created_at, robot_id, event_key)
                    VALUES (?, ?, ?, 'zh-CN', ?, ?, ?, 0, ?, ?, ?, ?)""")
                    .params(robot.kind().name(), event.kind().name(), robot.webhookHint(), event.subject(), event.route(),
                            OutboxStatus.PENDING.name(), event.createdAt(), event.createdAt(), robot.id(), event.eventKey())
                    .update();
        }
    }

    record Robot(long id, RobotScope scope, Channel kind, String webhookHint) {
    }

    private ChatRobot requireKept(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Robot " + id + " is outside this user's reach"));
    }

    private String checkedWebhook(@Nullable String value) {
        String webhook = value == null ? "" : value.strip();
        if (webhook.isEmpty()) {
            throw new InvalidFieldException("webhook", "validation.required");
        }
        if (webhook.length() > WEBHOOK_MAX) {
            throw new InvalidFieldException("webhook", "validation.maxLength");
        }
        try {
            URI uri = new URI(webhook);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT)) || uri.getUserInfo() != null) {
                throw new InvalidFieldException("webhook", "messaging.robot.error.webhook");
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("webhook", "messaging.robot.error.webhook");
        }
        return webhook;
    }

    /** {@code https://qyapi.weixin.qq.com/…d41f}: enough to tell robots apart, nothing to post with. */
    static String hint(String webhook) {
        URI uri = URI.create(webhook);
        String tail = webhook.length() > 4 ? webhook.substring(webhook.length() - 4) : "";
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…" + tail;
    }

    private static long require(@Nullable Long id, String field) {
        if (id == null) {
            throw new InvalidFieldException(field, "validation.required");
        }
        return id;
    }
}
