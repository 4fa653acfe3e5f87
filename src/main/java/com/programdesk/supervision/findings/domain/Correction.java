package com.programdesk.supervision.findings.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One submitted correction of a finding (measures, completion date, evidence files) and the bureau's verdict on it. */
@Table("correction")
public class Correction implements Versioned {

    public static final int MEASURES_MAX = 2000;
    public static final int NOTE_MAX = 1000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long findingId;
    private String measures;
    private LocalDate completedOn;
    private String submittedBy;
    private LocalDateTime submittedAt;
    private CorrectionVerdict verdict;
    private String reviewedBy;
    private LocalDateTime reviewedAt;
    private String reviewNote;

    public Correction() {
    }

    public Correction(long findingId, String measures, LocalDate completedOn, String submittedBy, LocalDateTime submittedAt) {
        this.findingId = findingId;
        this.measures = measures;
        this.completedOn = completedOn;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public boolean isPending() {
        return verdict == null;
    }

    public void review(CorrectionVerdict verdict, String reviewer, LocalDateTime at, String note) {
        this.verdict = verdict;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.reviewNote = note;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    public long getFindingId() {
        return findingId;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public CorrectionVerdict getVerdict() {
        return verdict;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
