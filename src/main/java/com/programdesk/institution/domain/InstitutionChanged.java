package com.programdesk.institution.domain;

/**
 * An institution was created, or its area, type or active flag changed: what decides which forms it
 * files. Published in the save's transaction so assignments kept by rule follow it.
 */
public record InstitutionChanged(long institutionId) {
}
