package com.programdesk.institution.domain;

/**
 * An institution was placed in another area (or in one for the first time: {@code oldAreaId}
 * null). Published in the save's transaction so figures kept per area move with it.
 */
public record InstitutionMoved(long institutionId, Long oldAreaId, Long newAreaId) {
}
