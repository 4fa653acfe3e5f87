package com.programdesk.institution.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A hospital, health centre, bureau, association branch or other organisation taking part in a program. */
@Table("institution")
public class Institution implements Versioned {

    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;
    public static final int SHORT_NAME_MAX = 30;
    public static final int CODE_MAX = 30;
    public static final int TOWNSHIP_MAX = 60;
    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_PERSON_MAX = 60;
    public static final int CONTACT_PHONE_MAX = 20;
    /** Upper-case letters, digits and hyphens; imports match institutions by this code. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]*";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String nameZh;
    private String nameEn;
    private String shortName;
    private String code;
    private InstitutionType type;
    private Long parentId;
    private Long areaId;
    private String township;
    private String address;
    private String contactPerson;
    private String contactPhone;
    private boolean active = true;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Institution() {
    }

    public Institution(String nameZh, String code, InstitutionType type) {
        this.nameZh = nameZh;
        this.code = code;
        this.type = type;
    }

    /** The fields shown in the audit log; the phone is masked there too. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("shortName", shortName);
        fields.put("code", code);
        fields.put("type", type);
        fields.put("parentId", parentId);
        fields.put("areaId", areaId);
        fields.put("township", township);
        fields.put("address", address);
        fields.put("contactPerson", contactPerson);
        fields.put("contactPhone", com.programdesk.base.domain.PhoneNumbers.mask(contactPhone));
        fields.put("active", active);
        return fields;
    }

    /** A copy for editing, so a cancelled or rejected edit leaves the original untouched. */
    public Institution copy() {
        Institution copy = new Institution(nameZh, code, type);
        copy.id = id;
        copy.version = version;
        copy.nameEn = nameEn;
        copy.shortName = shortName;
        copy.parentId = parentId;
        copy.areaId = areaId;
        copy.township = township;
        copy.address = address;
        copy.contactPerson = contactPerson;
        copy.contactPhone = contactPhone;
        copy.active = active;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** The short name where there is one, for compact places like the header. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : nameZh;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public InstitutionType getType() { return type; }
    public void setType(InstitutionType type) { this.type = type; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
