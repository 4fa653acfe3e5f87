package com.programdesk.user.domain;

import com.programdesk.base.domain.Versioned;
import com.programdesk.security.domain.Role;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who logs in to Program Desk, with one role and, for institution roles, one institution. */
@Table("app_user")
public class AppUser implements Versioned {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 60;
    /** Lower-case letters, digits, dot, underscore and hyphen; starts with a letter. */
    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,49}";
    public static final int EMAIL_MAX = 254;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long institutionId;
    private Long areaId;
    private boolean enabled = true;
    private String preferredLocale;
    /** Where password reset links go once {@link #emailVerified} (issue 20); an administrator's entry starts unverified. */
    private String email;
    private boolean emailVerified;
    private LocalDateTime passwordChangedAt;
    private LocalDateTime createdAt;

    public AppUser() {
    }

    public AppUser(String username, String displayName, Role role, Long institutionId) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.institutionId = institutionId;
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("role", role);
        fields.put("institutionId", institutionId);
        fields.put("areaId", areaId);
        fields.put("enabled", enabled);
        fields.put("email", email);
        return fields;
    }

    public AppUser copy() {
        AppUser copy = new AppUser(username, displayName, role, institutionId);
        copy.id = id;
        copy.version = version;
        copy.passwordHash = passwordHash;
        copy.enabled = enabled;
        copy.areaId = areaId;
        copy.preferredLocale = preferredLocale;
        copy.email = email;
        copy.emailVerified = emailVerified;
        copy.passwordChangedAt = passwordChangedAt;
        copy.createdAt = createdAt;
        return copy;
    }

    /** The version the editor started from, so a save over someone else's change is refused. */
    public void setVersionForUpdate(Integer version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) { this.preferredLocale = preferredLocale; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isEmailVerified() { return emailVerified; }
    public void setEmailVerified(boolean emailVerified) { this.emailVerified = emailVerified; }
    public LocalDateTime getPasswordChangedAt() { return passwordChangedAt; }
    public void setPasswordChangedAt(LocalDateTime passwordChangedAt) { this.passwordChangedAt = passwordChangedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
