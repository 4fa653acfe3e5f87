package com.programdesk.task.domain;

import com.programdesk.base.domain.Versioned;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A reusable list of tasks around an activity (T-14 book the venue, T-7 publicity, T+3 upload photos). */
@Table("campaign_template")
public class CampaignTemplate implements Versioned {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private String activityType;
    @MappedCollection(idColumn = "template_id", keyColumn = "position")
    private List<TemplateStep> steps = List.of();

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public String getName() { return name; }
    public String getActivityType() { return activityType; }
    public List<TemplateStep> getSteps() { return steps; }
}
