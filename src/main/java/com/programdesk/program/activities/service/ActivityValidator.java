package com.programdesk.program.activities.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.domain.WorkStreamRepository;
import java.time.LocalDate;

/** The rules an activity must meet before it is saved; each refusal names its field. */
class ActivityValidator {

    private final WorkStreamRepository workStreams;

    ActivityValidator(WorkStreamRepository workStreams) {
        this.workStreams = workStreams;
    }

    void validate(Activity activity, Program program) {
        if (program.getStatus() == ProgramStatus.CLOSED) {
            throw new InvalidFieldException("programId", "activity.error.programClosed");
        }
        required(activity.getTitle(), "title");
        if (activity.getTitle().strip().length() > Activity.TITLE_MAX) {
            throw new InvalidFieldException("title", "validation.maxLength");
        }
        if (activity.getType() == null) {
            throw new InvalidFieldException("type", "validation.required");
        }
        if (activity.getOrganiserId() == null) {
            throw new InvalidFieldException("organiserId", "validation.required");
        }
        if (activity.getPlace() != null && activity.getPlace().length() > Activity.PLACE_MAX) {
            throw new InvalidFieldException("place", "validation.maxLength");
        }
        validateDates(activity, program);
        attendance(activity.getPlannedAttendance(), "plannedAttendance");
        attendance(activity.getActualAttendance(), "actualAttendance");
        if (activity.getWorkStreamId() != null && workStreams.findById(activity.getWorkStreamId())
                .filter(stream -> stream.getProgramId() == program.getId()).isEmpty()) {
            throw new InvalidFieldException("workStreamId", "activity.error.workStreamOfOtherProgram");
        }
    }

    private static void validateDates(Activity activity, Program program) {
        if (activity.isDated()) {
            if (activity.getEndsAt() != null && activity.getEndsAt().isBefore(activity.getStartsAt())) {
                throw new InvalidFieldException("endsAt", "validation.endBeforeStart");
            }
            if (!program.covers(activity.getWindowStart())) {
                throw new InvalidFieldException("startsAt", "activity.error.outsideProgram");
            }
            if (!program.covers(activity.getWindowEnd())) {
                throw new InvalidFieldException("endsAt", "activity.error.outsideProgram");
            }
            return;
        }
        if (activity.getWindowStart() == null) {
            throw new InvalidFieldException("windowStart", "activity.error.dateOrWindowRequired");
        }
        if (activity.getWindowEnd() == null) {
            throw new InvalidFieldException("windowEnd", "validation.required");
        }
        if (activity.getWindowEnd().isBefore(activity.getWindowStart())) {
            throw new InvalidFieldException("windowEnd", "validation.endBeforeStart");
        }
        if (!program.covers(activity.getWindowStart())) {
            throw new InvalidFieldException("windowStart", "activity.error.outsideProgram");
        }
        if (!program.covers(activity.getWindowEnd())) {
            throw new InvalidFieldException("windowEnd", "activity.error.outsideProgram");
        }
    }

    /** What marking an activity done needs on top of the general rules. */
    static void validateDone(Activity activity, Integer actualAttendance, String outcomeNote, LocalDate today) {
        if (!activity.isDated()) {
            throw new InvalidFieldException("startsAt", "activity.error.doneUndated");
        }
        if (activity.getStartsAt().toLocalDate().isAfter(today)) {
            throw new InvalidFieldException("startsAt", "activity.error.doneInFuture");
        }
        if (actualAttendance == null) {
            throw new InvalidFieldException("actualAttendance", "activity.error.doneNeedsAttendance");
        }
        attendance(actualAttendance, "actualAttendance");
        if (outcomeNote == null || outcomeNote.isBlank()) {
            throw new InvalidFieldException("outcomeNote", "activity.error.doneNeedsOutcome");
        }
        if (outcomeNote.length() > Activity.OUTCOME_NOTE_MAX) {
            throw new InvalidFieldException("outcomeNote", "validation.maxLength");
        }
    }

    private static void attendance(Integer value, String field) {
        if (value != null && (value < 0 || value > Activity.ATTENDANCE_MAX)) {
            throw new InvalidFieldException(field, "activity.error.attendanceRange");
        }
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
    }
}
