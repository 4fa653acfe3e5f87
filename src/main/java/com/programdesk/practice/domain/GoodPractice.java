package com.programdesk.practice.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A good practice (典型案例) of a program: what an institution did well, told in a title and a text, with photos and
 * files (attachments of owner type {@link #OWNER}); the bureau marks the ones it recommends.
 */
@Table("good_practice")
public class GoodPractice implements Versioned {

    /** Owner type of the photos and files attached to a case. */
    public static final String OWNER = "GoodPractice";
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Integer version;
    private @Nullable String title;
    private @Nullable Long institutionId;
    private @Nullable Long programId;
    private @Nullable String body;
    private boolean recommended;
    private @Nullable String recommendedBy;
    private @Nullable LocalDateTime recommendedAt;
    private @Nullable String createdBy;
    private @Nullable LocalDateTime createdAt;
    private @Nullable String updatedBy;
    private @Nullable LocalDateTime updatedAt;

    public GoodPractice() {
    }

    public GoodPractice(@Nullable Long institutionId, @Nullable Long programId, @Nullable String title, @Nullable String body) {
        this.institutionId = institutionId;
        this.programId = programId;
        this.title = title;
        this.body = body;
    }

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public GoodPractice copy() {
        GoodPractice copy = new GoodPractice(institutionId, programId, title, body);
        copy.id = id;
        copy.version = version;
        copy.recommended = recommended;
        copy.recommendedBy = recommendedBy;
        copy.recommendedAt = recommendedAt;
        copy.createdBy = createdBy;
        copy.createdAt = createdAt;
        copy.updatedBy = updatedBy;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("institutionId", institutionId);
        fields.put("programId", programId);
        fields.put("text", body == null ? null : body.length() <= 80 ? body : body.substring(0, 79) + "…");
        fields.put("recommended", recommended);
        return fields;
    }

    /** Marks the case recommended by {@code actor} at {@code at}, or takes the mark away (both null). */
    public void recommend(boolean recommended, @Nullable String actor, @Nullable LocalDateTime at) {
        this.recommended = recommended;
        this.recommendedBy = recommended ? actor : null;
        this.recommendedAt = recommended ? at : null;
    }

    public boolean isNew() { return id == null; }
    public @Nullable Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(@Nullable Long institutionId) { this.institutionId = institutionId; }
    public @Nullable Long getProgramId() { return programId; }
    public void setProgramId(@Nullable Long programId) { this.programId = programId; }
    public @Nullable String getBody() { return body; }
    public void setBody(@Nullable String body) { this.body = body; }
    public boolean isRecommended() { return recommended; }
    public @Nullable String getRecommendedBy() { return recommendedBy; }
    public @Nullable LocalDateTime getRecommendedAt() { return recommendedAt; }
    public @Nullable String getCreatedBy() { return createdBy; }
    public void setCreatedBy(@Nullable String createdBy) { this.createdBy = createdBy; }
    public @Nullable LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(@Nullable LocalDateTime createdAt) { this.createdAt = createdAt; }
    public @Nullable String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(@Nullable String updatedBy) { this.updatedBy = updatedBy; }
    public @Nullable LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(@Nullable LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
