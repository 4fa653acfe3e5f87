package com.programdesk.training.domain;

/** Training hours in a year: per person (name and institution) or per institution (name empty). */
public record TrainingHours(int year, String institutionName, String name, int sessions, double hours) {
}
