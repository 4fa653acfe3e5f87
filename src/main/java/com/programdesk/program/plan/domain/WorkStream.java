package com.programdesk.program.plan.domain;

import com.programdesk.base.domain.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A main task (主要任务) of a program, e.g. 青春期生殖健康促进; activities and targets may belong to one. */
@Table("work_stream")
public class WorkStream implements Versioned {

    public static final int NAME_MAX = 100;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long programId;
    private int position;
    private String name;

    public WorkStream() {
    }

    public WorkStream(long programId, int position, String name) {
        this.programId = programId;
        this.position = position;
        this.name = name;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getProgramId() { return programId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
