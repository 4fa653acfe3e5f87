package com.programdesk.program.plan.domain;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Something that targets measure changed (an activity, a member event, approved report figures,
 * a target itself): computed target progress is out of date. Published by whoever owns the data,
 * with the program when only that program's targets can have changed, and with the kind of rows
 * when only the targets measured by them can have changed ({@code data} null: any target, e.g. the
 * targets themselves were edited).
 */
public record TargetActualsChanged(@Nullable Long programId, @Nullable MeasuredData data) {

    /** Anything of any program. */
    public static TargetActualsChanged anyProgram() {
        return new TargetActualsChanged(null, null);
    }

    /** Rows that may count for the targets of any program (member events and report figures count by area). */
    public static TargetActualsChanged anyProgram(MeasuredData data) {
        return new TargetActualsChanged(null, data);
    }

    /** The program's targets themselves. */
    public static TargetActualsChanged ofProgram(long programId) {
        return new TargetActualsChanged(programId, null);
    }

    public static TargetActualsChanged ofProgram(long programId, MeasuredData data) {
        return new TargetActualsChanged(programId, data);
    }

    /** A row of a program saved: its program's targets, or both programs' when it moved ({@code before} null: new). */
    public static TargetActualsChanged ofSaved(@Nullable Long programBefore, long programAfter, @Nullable MeasuredData data) {
        return programBefore == null || programBefore == programAfter ? new TargetActualsChanged(programAfter, data)
                : new TargetActualsChanged(null, data);
    }

    /** Whether some target of the program may have changed. */
    public boolean touchesProgram(long program) {
        return programId == null || programId == program;
    }

    /** Whether a program's targets, measured as {@code measured} says, may have changed. */
    public boolean touches(long program, Predicate<MeasuredData> measured) {
        return touchesProgram(program) && (data == null || measured.test(data));
    }
}
