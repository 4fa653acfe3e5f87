package com.programdesk.expertise.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.TextInput;
import com.programdesk.expertise.domain.Comment;
import com.programdesk.expertise.domain.CommentPosted;
import com.programdesk.expertise.domain.CommentTarget;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert comments (专家意见): a thread on a finding, a correction, a round's report or a program.
 * Whoever sees the thing reads its thread; the program's experts and the bureau (coordinators,
 * administrators) write in it. A comment changes nothing else. {@code @name} (a login name or a
 * display name) mentions a user, who is notified.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private static final Pattern MENTION = Pattern.compile("@([^\\s@,，。；;:：、]+)");
    static final String WRITERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";

    private final Map<CommentTargetKind, CommentTargets> targets = new EnumMap<>(CommentTargetKind.class);
    private final ExpertiseService expertise;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(List<CommentTargets> resolvers, ExpertiseService expertise, JdbcClient jdbc, CurrentUser currentUser, AuditService audit,
                   ApplicationEventPublisher events, Clock clock) {
        resolvers.forEach(r -> targets.put(r.kind(), r));
        this.expertise = expertise;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The thread on a thing the user sees, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Comment> thread(CommentTargetKind kind, long targetId) {
        require(kind, targetId);
        return jdbc.sql("""
                SELECT id, target_kind, target_id, program_id, author_id, author_name, body, mentions, created_at FROM comment
                WHERE target_kind = ? AND target_id = ? ORDER BY created_at, id""").params(kind.name(), targetId).query(Comment.class).list();
    }

    /** How many comments each of the given things the user sees has (zero for none); one statement for the counts. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> counts(CommentTargetKind kind, List<Long> targetIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long id : targetIds) {
            require(kind, id);
            counts.put(id, 0);
        }
        if (!targetIds.isEmpty()) {
            jdbc.sql("SELECT target_id, COUNT(*) FROM comment WHERE target_kind = :kind AND target_id IN (:ids) GROUP BY target_id")
                    .param("kind", kind.name()).param("ids", targetIds)
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        }
        return counts;
    }

    /** True for the target program's experts and the bureau (coordinators, administrators) who see the thing. */
    @PreAuthorize("isAuthenticated()")
    public boolean canPost(CommentTargetKind kind, long targetId) {
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            return false;
        }
        CommentTarget target = resolve(kind, targetId);
        return target != null && (user.role() != Role.VIEWER || expertise.isExpertOf(target.programId()));
    }

    /** Posts a comment; the users it mentions with {@code @name} are told. Nothing else changes. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Comment post(CommentTargetKind kind, long targetId, String text) {
        if (!canPost(kind, targetId)) {
            throw new AccessDeniedException("Only the program's experts and the bureau comment on " + kind + " " + targetId);
        }
        CommentTarget target = require(kind, targetId);
        String body = TextInput.required(text, "body", Comment.BODY_MAX);
        AuthenticatedUser author = currentUser.require();
        List<Long> mentioned = mentions(body).stream().filter(id -> id != author.userId()).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO comment (target_kind, target_id, program_id, author_id, author_name, body, mentions, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), targetId, target.programId(), author.userId(), author.displayName(), body,
                        mentioned.isEmpty() ? null : mentioned.stream().map(String::valueOf).collect(Collectors.joining(",")), now)
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditAction.CREATE, AuditedEntity.COMMENT, id, "on: " + kind + " " + targetId + ", body: " + body);
        if (!mentioned.isEmpty()) {
            events.publishEvent(new CommentPosted(id, kind, targetId, target.route(), target.subject(), author.displayName(), mentioned));
        }
        return new Comment(id, kind.name(), targetId, target.programId(), author.userId(), author.displayName(), body,
                mentioned.isEmpty() ? null : mentioned.stream().map(String::valueOf).collect(Collectors.joining(",")), now);
    }

    /** The enabled users named by {@code @login} or {@code @display name} in the text, in order, each once. */
    private List<Long> mentions(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            jdbc.sql("SELECT id FROM app_user WHERE enabled = TRUE AND (username = ? OR display_name = ?) ORDER BY id LIMIT 1")
                    .params(name, name).query(Long.class).optional().filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    private CommentTarget resolve(CommentTargetKind kind, long targetId) {
        CommentTargets resolver = targets.get(kind);
        if (resolver == null) {
            return null;
        }
        try {
            return resolver.resolve(targetId).orElse(null);
        } catch (AccessDeniedException refused) {
            return null;
        }
    }

    private CommentTarget require(CommentTargetKind kind, long targetId) {
        CommentTarget target = resolve(kind, targetId);
        if (target == null) {
            throw new AccessDeniedException("No " + kind + " " + targetId);
        }
        return target;
    }
}
