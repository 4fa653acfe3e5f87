package com.programdesk.team.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A service team (服务指导团, 亲青服务团队, 志愿服务队 …) kept by one institution. */
@Table("team")
public class Team implements Versioned {

    public static final int NAME_MAX = 100;
    public static final int LEADER_MAX = 60;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private TeamKind kind;
    private Long ownerInstitutionId;
    private String leaderName;
    private String description;
    private boolean active = true;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Team copy() {
        Team copy = new Team();
        copy.id = id;
        copy.version = version;
        copy.name = name;
        copy.kind = kind;
        copy.ownerInstitutionId = ownerInstitutionId;
        copy.leaderName = leaderName;
        copy.description = description;
        copy.active = active;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("ownerInstitutionId", ownerInstitutionId);
        fields.put("leaderName", leaderName);
        fields.put("active", active);
        return fields;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TeamKind getKind() { return kind; }
    public void setKind(TeamKind kind) { this.kind = kind; }
    public Long getOwnerInstitutionId() { return ownerInstitutionId; }
    public void setOwnerInstitutionId(Long ownerInstitutionId) { this.ownerInstitutionId = ownerInstitutionId; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
