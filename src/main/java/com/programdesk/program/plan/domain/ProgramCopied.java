package com.programdesk.program.plan.domain;

/** What a copy of a program brought over to the next period. */
public record ProgramCopied(Program program, int workStreams, int targets, int activities, int tasks) {
}
