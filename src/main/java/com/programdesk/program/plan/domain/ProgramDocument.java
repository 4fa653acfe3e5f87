package com.programdesk.program.plan.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a program (the plan's PDF, a flowchart): a title whose versions are the files
 * attached to it (owner type {@link #OWNER}); a new version keeps the earlier ones.
 */
@Table("program_document")
public class ProgramDocument implements Versioned {

    public static final String OWNER = "ProgramDocument";
    public static final int TITLE_MAX = 200;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long programId;
    private String title;
    private String createdBy;
    private LocalDateTime createdAt;

    public ProgramDocument() {
    }

    public ProgramDocument(long programId, String title, String createdBy, LocalDateTime createdAt) {
        this.programId = programId;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getProgramId() { return programId; }
    public String getTitle() { return title; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
