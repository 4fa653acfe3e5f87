package com.programdesk.institution.domain;

import com.programdesk.base.domain.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department (科室) inside an institution, e.g. 妇产科; tasks of the institution are shared out to its departments. */
@Table("institution_department")
public class Department implements Versioned {

    public static final int NAME_MAX = 60;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long institutionId;
    private String name;
    private boolean active = true;
    private int position;

    public Department() {
    }

    public Department(long institutionId, String name) {
        this.institutionId = institutionId;
        this.name = name;
    }

    public Department copy() {
        Department copy = new Department(institutionId, name);
        copy.id = id;
        copy.version = version;
        copy.active = active;
        copy.position = position;
        return copy;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getInstitutionId() { return institutionId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
