package com.programdesk.team.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of a team. Personal data is limited to name, role, skills, institution and a phone
 * number, which lists show masked. Members who left stay for the history of their service.
 */
@Table("team_member")
public class TeamMember implements Versioned {

    public static final int NAME_MAX = 60;
    public static final int MAX_SKILLS = 12;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long teamId;
    private String name;
    private MemberRole role;
    private Long institutionId;
    private String phone;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    @MappedCollection(idColumn = "team_member_id")
    private Set<MemberSkill> skills = Set.of();
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public TeamMember() {
    }

    public TeamMember(long teamId, String name, MemberRole role, LocalDate joinedOn) {
        this.teamId = teamId;
        this.name = name;
        this.role = role;
        this.joinedOn = joinedOn;
    }

    public TeamMember copy() {
        TeamMember copy = new TeamMember(teamId, name, role, joinedOn);
        copy.id = id;
        copy.version = version;
        copy.institutionId = institutionId;
        copy.phone = phone;
        copy.leftOn = leftOn;
        copy.skills = skills;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Set<String> skillNames() {
        return skills.stream().map(MemberSkill::skill).collect(Collectors.toCollection(TreeSet::new));
    }

    public void setSkillNames(Set<String> names) {
        skills = names.stream().map(String::strip).filter(s -> !s.isEmpty()).map(MemberSkill::new).collect(Collectors.toSet());
    }

    public boolean hasLeft(LocalDate today) {
        return leftOn != null && !leftOn.isAfter(today);
    }

    /** What the audit log keeps of a change: never the phone number itself. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("teamId", teamId);
        fields.put("name", name);
        fields.put("role", role);
        fields.put("institutionId", institutionId);
        fields.put("phone", phone == null ? null : "(set)");
        fields.put("joinedOn", joinedOn);
        fields.put("leftOn", leftOn);
        fields.put("skills", skillNames());
        return fields;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getTeamId() { return teamId; }
    public void setTeamId(long teamId) { this.teamId = teamId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MemberRole getRole() { return role; }
    public void setRole(MemberRole role) { this.role = role; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
