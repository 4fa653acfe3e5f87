package com.programdesk.team.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.TextInput;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.team.domain.MemberRole;
import com.programdesk.team.domain.MemberSkill;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamMember;
import com.programdesk.team.domain.TeamMemberRepository;
import com.programdesk.team.domain.TeamRepository;
import com.programdesk.team.domain.TeamSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service teams and their members. Everyone logged in reads them, with phone numbers masked; the
 * team's owner institution and the bureau keep them and may reveal one number at a time, which
 * the audit log records. Users bound to an area read and keep the teams of its institutions only.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private static final String MEMBER_COLUMNS = """
            SELECT m.id, m.team_id, t.name AS team_name, m.name, m.role,
                   (SELECT GROUP_CONCAT(s.skill ORDER BY s.skill SEPARATOR '、') FROM team_member_skill s WHERE s.team_member_id = m.id) AS skills,
                   i.name_zh AS institution_name, m.phone, m.joined_on, m.left_on
            FROM team_member m JOIN team t ON t.id = m.team_id LEFT JOIN institution i ON i.id = m.institution_id
            """;

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    TeamService(TeamRepository teams, TeamMemberRepository members, AuditService audit, CurrentUser currentUser, JdbcClient jdbc,
                Clock clock) {
        this.teams = teams;
        this.members = members;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<TeamSummary> teams(int offset, int limit) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.kind, i.name_zh AS owner_name, t.leader_name, t.active,
                       (SELECT COUNT(*) FROM team_member m WHERE m.team_id = t.id AND (m.left_on IS NULL OR m.left_on > :today)) AS members
                FROM team t JOIN institution i ON i.id = t.owner_institution_id
                """ + "WHERE " + ownerScope() + " ORDER BY t.active DESC, t.name LIMIT :limit OFFSET :offset")
                .param("today", LocalDate.now(clock)).param("reach", currentUser.reachForQuery()).param("limit", limit).param("offset", offset)
                .query(TeamSummary.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countTeams() {
        return jdbc.sql("SELECT COUNT(*) FROM team t WHERE " + ownerScope()).param("reach", currentUser.reachForQuery())
                .query(Integer.class).single();
    }

    /** The team, if the user reads it: another area's team looks like one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Team> team(long id) {
        return teams.findById(id).filter(this::isVisible);
    }

    /** Members of a team, by name; those who left only when asked for. */
    @PreAuthorize("isAuthenticated()")
    public List<MemberSummary> members(long teamId, boolean includeLeft, int offset, int limit) {
        if (team(teamId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MEMBER_COLUMNS + " WHERE m.team_id = ? AND (? OR m.left_on IS NULL OR m.left_on > ?) ORDER BY m.name, m.id LIMIT ? OFFSET ?")
                .params(teamId, includeLeft, LocalDate.now(clock), limit, offset).query(TeamService::summary).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countMembers(long teamId, boolean includeLeft) {
        if (team(teamId).isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM team_member m WHERE m.team_id = ? AND (? OR m.left_on IS NULL OR m.left_on > ?)")
                .params(teamId, includeLeft, LocalDate.now(clock)).query(Integer.class).single();
    }

    /** Active members of any active team, filtered by a skill and a name, for putting people on activities. */
    @PreAuthorize("isAuthenticated()")
    public List<MemberSummary> candidates(String skill, String name, int offset, int limit) {
        return jdbc.sql(MEMBER_COLUMNS + " WHERE " + candidateCondition() + " AND " + ownerScope()
                        + " ORDER BY t.name, m.name, m.id LIMIT :limit OFFSET :offset")
                .param("reach", currentUser.reachForQuery()).param("today", LocalDate.now(clock)).param("skill", skill == null ? "" : skill.strip())
                .param("name", LikePatterns.contains(name == null ? "" : name)).param("limit", limit).param("offset", offset)
                .query(TeamService::summary).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countCandidates(String skill, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM team_member m JOIN team t ON t.id = m.team_id WHERE " + candidateCondition()
                        + " AND " + ownerScope())
                .param("reach", currentUser.reachForQuery()).param("today", LocalDate.now(clock)).param("skill", skill == null ? "" : skill.strip())
                .param("name", LikePatterns.contains(name == null ? "" : name)).query(Integer.class).single();
    }

    /** The skill tags in use, for pickers. */
    @PreAuthorize("isAuthenticated()")
    public List<String> skills() {
        return jdbc.sql("SELECT DISTINCT skill FROM team_member_skill ORDER BY skill LIMIT 500").query(String.class).list();
    }

    /** A member for display or editing; the phone number is masked for everyone (the full number only through {@link #revealPhone}). */
    @PreAuthorize("isAuthenticated()")
    public Optional<TeamMember> member(long id) {
        return members.findById(id).filter(stored -> team(stored.getTeamId()).isPresent()).map(stored -> {
            TeamMember shown = stored.copy();
            shown.setPhone(stored.getPhone() == null ? null : PhoneNumbers.mask(stored.getPhone()));
            return shown;
        });
    }

    /** True when the logged-in user keeps the team: the bureau, or staff of the team's owner institution. */
    @PreAuthorize("isAuthenticated()")
    public boolean canManage(Team team) {
        AuthenticatedUser user = currentUser.require();
        return ((user.role() == Role.ADMIN || user.role() == Role.COORDINATOR) && isVisible(team))
                || (user.role().requiresInstitution() && team.getOwnerInstitutionId() != null && user.canReach(team.getOwnerInstitutionId()));
    }

    /** The bureau and association or institution staff may set up a team (staff only for their own institution). */
    @PreAuthorize("isAuthenticated()")
    public boolean canCreateTeams() {
        return currentUser.require().role() != Role.VIEWER;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Team saveTeam(Team edited) {
        if (edited.getOwnerInstitutionId() == null) {
            throw new InvalidFieldException("ownerInstitutionId", "validation.required");
        }
        requireManager(edited);
        edited.setName(TextInput.required(edited.getName(), "name", Team.NAME_MAX));
        if (edited.getKind() == null) {
            throw new InvalidFieldException("kind", "validation.required");
        }
        edited.setLeaderName(TextInput.optional(edited.getLeaderName(), "leaderName", Team.LEADER_MAX));
        edited.setDescription(TextInput.optional(edited.getDescription(), "description", Team.DESCRIPTION_MAX));
        if (edited.getId() == null ? teams.existsByName(edited.getName()) : teams.existsByNameAndIdNot(edited.getName(), edited.getId())) {
            throw new InvalidFieldException("name", "validation.duplicate");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setUpdatedAt(now);
        if (edited.getId() == null) {
            edited.setCreatedAt(now);
            Team saved = teams.save(edited);
            audit.record(AuditAction.CREATE, AuditedEntity.TEAM, saved.getId(), AuditChanges.of(saved.auditFields()));
            return saved;
        }
        Team before = OptimisticLocking.unchanged(teams.findById(edited.getId()), edited, "Team " + edited.getId());
        requireManager(before);
        Team saved = teams.save(edited);
        audit.record(AuditAction.UPDATE, AuditedEntity.TEAM, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TeamMember saveMember(TeamMember edited) {
        Team team = teams.findById(edited.getTeamId()).orElseThrow(() -> new AccessDeniedException("No team " + edited.getTeamId()));
        requireManager(team);
        edited.setName(TextInput.required(edited.getName(), "name", TeamMember.NAME_MAX));
        if (edited.getRole() == null) {
            throw new InvalidFieldException("role", "validation.required");
        }
        keepStoredPhoneWhenShownMasked(edited);
        String phone = edited.getPhone() == null || edited.getPhone().isBlank() ? null : edited.getPhone().strip();
        if (phone != null && !PhoneNumbers.isValid(phone)) {
            throw new InvalidFieldException("phone", "validation.phoneFormat");
        }
        edited.setPhone(phone);
        if (edited.getJoinedOn() == null) {
            throw new InvalidFieldException("joinedOn", "validation.required");
        }
        DateInput.within(edited.getJoinedOn(), "joinedOn", clock);
        DateInput.within(edited.getLeftOn(), "leftOn", clock);
        if (edited.getLeftOn() != null && edited.getLeftOn().isBefore(edited.getJoinedOn())) {
            throw new InvalidFieldException("leftOn", "member.error.leftBeforeJoined");
        }
        if (edited.skillNames().size() > TeamMember.MAX_SKILLS
                || edited.skillNames().stream().anyMatch(skill -> skill.length() > MemberSkill.MAX_LENGTH)) {
            throw new InvalidFieldException("skills", "member.error.skills");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        edited.setUpdatedAt(now);
        if (edited.getId() == null) {
            edited.setCreatedAt(now);
            TeamMember saved = members.save(edited);
            audit.record(AuditAction.CREATE, AuditedEntity.TEAM_MEMBER, saved.getId(), AuditChanges.of(saved.auditFields()));
            return saved;
        }
        TeamMember before = OptimisticLocking.unchanged(members.findById(edited.getId()), edited, "TeamMember " + edited.getId());
        if (before.getTeamId() != edited.getTeamId()) {
            throw new AccessDeniedException("A member stays in their team");
        }
        TeamMember saved = members.save(edited);
        audit.record(AuditAction.UPDATE, AuditedEntity.TEAM_MEMBER, saved.getId(), AuditChanges.between(before.auditFields(), saved.auditFields()));
        return saved;
    }

    /** Shows one member's full phone number to someone who keeps the team; every reveal is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> revealPhone(long memberId) {
        TeamMember member = members.findById(memberId).orElseThrow(() -> new AccessDeniedException("No member " + memberId));
        requireManager(teams.findById(member.getTeamId()).orElseThrow());
        audit.record(AuditAction.REVEAL, AuditedEntity.TEAM_MEMBER, memberId, "phone");
        return Optional.ofNullable(member.getPhone());
    }

    /** A member read through {@link #member} carries the masked number; saving it back keeps the stored one. */
    private void keepStoredPhoneWhenShownMasked(TeamMember edited) {
        if (edited.getId() != null) {
            members.findById(edited.getId()).map(TeamMember::getPhone)
                    .filter(stored -> stored.equals(edited.getPhone()) || PhoneNumbers.mask(stored).equals(edited.getPhone()))
                    .ifPresent(edited::setPhone);
        }
    }

    private void requireManager(Team team) {
        if (!canManage(team)) {
            throw new AccessDeniedException("Only the bureau and the team's institution keep team " + team.getId());
        }
    }

    /** Users bound to an area read the teams its institutions own; everyone else reads every team. */
    private boolean isVisible(Team team) {
        AuthenticatedUser user = currentUser.require();
        return !user.isAreaBound() || user.canReach(team.getOwnerInstitutionId());
    }

    /** The same rule for a query over teams (alias {@code t}, the reach bound to {@code :reach}). */
    private String ownerScope() {
        return currentUser.require().isAreaBound() ? "t.owner_institution_id IN (:reach)" : "1 = 1";
    }

    private static String candidateCondition() {
        return "t.active AND (m.left_on IS NULL OR m.left_on > :today)"
                + " AND (:skill = '' OR EXISTS (SELECT 1 FROM team_member_skill s WHERE s.team_member_id = m.id AND s.skill = :skill))"
                + " AND m.name LIKE :name";
    }

    private static MemberSummary summary(ResultSet rs, int row) throws SQLException {
        return new MemberSummary(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"), rs.getString("name"),
                MemberRole.valueOf(rs.getString("role")), rs.getString("skills"), rs.getString("institution_name"),
                rs.getString("phone") == null ? null : PhoneNumbers.mask(rs.getString("phone")), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class));
    }

}
