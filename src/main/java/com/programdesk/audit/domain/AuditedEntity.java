package com.programdesk.audit.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit entry (and a workflow step) is about. One list, so that the audit log can name every kind of row in
 * both languages and offer each in its filter; {@link #code()} is what the rows store.
 */
public enum AuditedEntity {
    ACTIVITY("Activity"),
    API_CLIENT("ApiClient"),
    AREA("Area"),
    AREA_POPULATION("AreaPopulation"),
    ASSIGNMENT("Assignment"),
    ATTACHMENT("Attachment"),
    CATEGORY("Category"),
    CHAT_ROBOT("ChatRobot"),
    CHECKLIST_TEMPLATE("ChecklistTemplate"),
    COMMENT("Comment"),
    DATA_ELEMENT("DataElement"),
    FINDING("Finding"),
    GOOD_PRACTICE("GoodPractice"),
    HOLIDAY("Holiday"),
    INDICATOR("Indicator"),
    INSTITUTION("Institution"),
    MEMBER_EVENT("MemberEvent"),
    OBSERVANCE_DAY("ObservanceDay"),
    PROGRAM("Program"),
    PROGRAM_EVALUATION("ProgramEvaluation"),
    REPORT_FORM("ReportForm"),
    STAT_IMPORT("StatImport"),
    STAT_REPORT("StatReport"),
    SUPERVISION_ROUND("SupervisionRound"),
    TARGET("Target"),
    TASK("Task"),
    TEAM("Team"),
    TRAINEE("Trainee"),
    TRAINING_SESSION("TrainingSession"),
    TEAM_MEMBER("TeamMember"),
    USER("User"),
    VALIDATION_RULE("ValidationRule"),
    VISIT("Visit");

    private static final Map<String, AuditedEntity> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditedEntity::code, Function.identity()));

    private final String code;

    AuditedEntity(String code) {
        this.code = code;
    }

    /** The stored name, as in {@code audit_event.entity_type} and {@code workflow_transition.entity_type}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "audit.entity." + code;
    }

    public static Optional<AuditedEntity> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
