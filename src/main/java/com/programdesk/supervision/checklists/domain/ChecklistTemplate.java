package com.programdesk.supervision.checklists.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a supervision checklist. Saved versions never change: editing saves the next
 * version of the same family, so visits recorded with an older version keep their items.
 */
@Table("checklist_template")
public class ChecklistTemplate implements Versioned {

    public static final int NAME_MAX = 200;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String family;
    private int versionNo;
    private boolean latest;
    private String name;
    private String createdBy;
    private LocalDateTime createdAt;
    @MappedCollection(idColumn = "checklist_template_id", keyColumn = "position")
    private List<ChecklistItem> items = List.of();

    public ChecklistTemplate() {
    }

    public ChecklistTemplate(String family, String name, List<ChecklistItem> items) {
        this.family = family;
        this.name = name;
        this.items = List.copyOf(items);
    }

    /** The next version of this template with the edited name and items; this one stays as it is. */
    public ChecklistTemplate nextVersion(String editedName, List<ChecklistItem> editedItems) {
        ChecklistTemplate next = new ChecklistTemplate(family, editedName, editedItems);
        next.versionNo = versionNo + 1;
        next.latest = true;
        return next;
    }

    public ChecklistItem item(int position) {
        return items.get(position);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    public String getFamily() {
        return family;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public void setVersionNo(int versionNo) {
        this.versionNo = versionNo;
    }

    public boolean isLatest() {
        return latest;
    }

    public void setLatest(boolean latest) {
        this.latest = latest;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }
}
