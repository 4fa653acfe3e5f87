package com.programdesk.program.targets.domain;

import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.plan.domain.Program;

import com.programdesk.base.domain.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A goal of a program (120 youth lectures, ≥ 5,000 youth reached). Its actual value is a formula
 * over the program's data: which measure, and for activity measures which types, audiences,
 * work stream and organiser count. An empty filter matches everything.
 */
@Table("target")
public class Target implements Versioned {

    public static final int NAME_MAX = 100;
    public static final int UNIT_MAX = 20;
    public static final BigDecimal VALUE_MAX = new BigDecimal("999999999999.99");
    /** Decimals kept by the column (a rate such as 4.5‰); more would be rounded away silently. */
    public static final int VALUE_SCALE = 2;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long programId;
    private Long workStreamId;
    private String name;
    private String unit;
    private TargetDirection direction = TargetDirection.AT_LEAST;
    private BigDecimal targetValue;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private TargetMeasure measure = TargetMeasure.DONE_ACTIVITY_COUNT;
    private String activityTypes;
    private String audiences;
    private Long organiserId;
    /** For {@link TargetMeasure#REPORTED_INDICATOR}: the reporting feature's indicator it follows. */
    private Long indicatorId;
    private ExpectedBy expectedBy = ExpectedBy.PRO_RATA;
    private int position;

    public Target() {
    }

    public Target(long programId, String name, String unit, TargetMeasure measure, BigDecimal targetValue) {
        this.programId = programId;
        this.name = name;
        this.unit = unit;
        this.measure = measure;
        this.targetValue = targetValue;
    }

    public Target copy() {
        Target copy = new Target(programId, name, unit, measure, targetValue);
        copy.id = id;
        copy.version = version;
        copy.workStreamId = workStreamId;
        copy.direction = direction;
        copy.periodStart = periodStart;
        copy.periodEnd = periodEnd;
        copy.activityTypes = activityTypes;
        copy.audiences = audiences;
        copy.organiserId = organiserId;
        copy.indicatorId = indicatorId;
        copy.expectedBy = expectedBy;
        copy.position = position;
        return copy;
    }

    /** The target's own period, or the program's when it has none. */
    public LocalDate startWithin(Program program) {
        return periodStart != null ? periodStart : program.getPeriodStart();
    }

    public LocalDate endWithin(Program program) {
        return periodEnd != null ? periodEnd : program.getPeriodEnd();
    }

    public Set<ActivityType> activityTypeSet() {
        return parse(activityTypes, ActivityType.class);
    }

    public void setActivityTypeSet(Set<ActivityType> types) {
        this.activityTypes = join(types);
    }

    public Set<Audience> audienceSet() {
        return parse(audiences, Audience.class);
    }

    public void setAudienceSet(Set<Audience> chosen) {
        this.audiences = join(chosen);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("unit", unit);
        fields.put("direction", direction);
        fields.put("targetValue", targetValue);
        fields.put("measure", measure);
        fields.put("activityTypes", activityTypes);
        fields.put("audiences", audiences);
        fields.put("workStreamId", workStreamId);
        fields.put("organiserId", organiserId);
        fields.put("indicatorId", indicatorId);
        fields.put("periodStart", periodStart);
        fields.put("periodEnd", periodEnd);
        return fields;
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Enum.valueOf(type, s)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static <E extends Enum<E>> String join(Set<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getProgramId() { return programId; }
    public Long getWorkStreamId() { return workStreamId; }
    public void setWorkStreamId(Long workStreamId) { this.workStreamId = workStreamId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public TargetDirection getDirection() { return direction; }
    public void setDirection(TargetDirection direction) { this.direction = direction; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public TargetMeasure getMeasure() { return measure; }
    public void setMeasure(TargetMeasure measure) { this.measure = measure; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public ExpectedBy getExpectedBy() { return expectedBy; }
    public void setExpectedBy(ExpectedBy expectedBy) { this.expectedBy = expectedBy; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
