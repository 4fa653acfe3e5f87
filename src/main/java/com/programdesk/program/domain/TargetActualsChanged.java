package com.programdesk.program.domain;

/**
 * Something that targets measure changed (an activity, a member event, approved report figures,
 * a target itself): computed target progress is out of date. Published by whoever owns the data.
 */
public record TargetActualsChanged() {
}
