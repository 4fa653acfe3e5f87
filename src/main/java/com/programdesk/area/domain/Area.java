package com.programdesk.area.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One area of the administrative tree. Never deleted once saved: merged or renamed areas get a
 * {@code validTo} and are deactivated, so old reports keep pointing at what they were filed for.
 */
@Table("area")
public class Area implements Versioned {

    public static final int NAME_ZH_MAX = 60;
    public static final int NAME_EN_MAX = 120;

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Integer version;
    private String code = "";
    private AreaLevel level = AreaLevel.PROVINCE;
    private @Nullable Long parentId;
    /** Ids from the root down to this area, e.g. {@code /1/4/9/}; kept by the service. */
    private String path = "";
    private String nameZh = "";
    private @Nullable String nameEn;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private boolean active = true;
    private @Nullable LocalDateTime createdAt;
    private @Nullable LocalDateTime updatedAt;

    public Area() {
    }

    public Area(String code, AreaLevel level, String nameZh, @Nullable String nameEn, @Nullable Long parentId) {
        this.code = code;
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.parentId = parentId;
    }

    public Area copy() {
        Area copy = new Area(code, level, nameZh, nameEn, parentId);
        copy.id = id;
        copy.version = version;
        copy.path = path;
        copy.validFrom = validFrom;
        copy.validTo = validTo;
        copy.active = active;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** The ids on the way from the root to this area, this one last. */
    public List<Long> lineage() {
        return lineage(path);
    }

    public static List<Long> lineage(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** True when {@code other} (a path) is this area or lies below it. */
    public boolean covers(String otherPath) {
        return otherPath.startsWith(path);
    }

    public String name(Locale locale) {
        return com.programdesk.base.domain.Localized.pick(locale, nameZh, nameEn);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("level", level);
        fields.put("parentId", parentId);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("validFrom", validFrom);
        fields.put("validTo", validTo);
        fields.put("active", active);
        return fields;
    }

    public boolean isNew() {
        return id == null;
    }

    public @Nullable Long getId() { return id; }
    @Override
    public @Nullable Integer getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public AreaLevel getLevel() { return level; }
    public void setLevel(AreaLevel level) { this.level = level; }
    public @Nullable Long getParentId() { return parentId; }
    public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
    public @Nullable LocalDate getValidTo() { return validTo; }
    public void setValidTo(@Nullable LocalDate validTo) { this.validTo = validTo; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public @Nullable LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(@Nullable LocalDateTime createdAt) { this.createdAt = createdAt; }
    public @Nullable LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(@Nullable LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
