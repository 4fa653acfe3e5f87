package com.programdesk.program.plan.domain;

import org.jspecify.annotations.Nullable;

/**
 * Something that targets measure changed (an activity, a member event, approved report figures,
 * a target itself): computed target progress is out of date. Published by whoever owns the data,
 * with the program when only that program's targets can have changed.
 */
public record TargetActualsChanged(@Nullable Long programId) {

    /** A change that may touch the targets of any program (member events and report figures count by area). */
    public static TargetActualsChanged anyProgram() {
        return new TargetActualsChanged(null);
    }

    public static TargetActualsChanged ofProgram(long programId) {
        return new TargetActualsChanged(programId);
    }

    /** A row of a program saved: its program's targets, or both programs' when it moved ({@code before} null: new). */
    public static TargetActualsChanged ofSaved(@Nullable Long programBefore, long programAfter) {
        return programBefore == null || programBefore == programAfter ? ofProgram(programAfter) : anyProgram();
    }
}
