package com.programdesk.area.domain;

/**
 * An area got a new parent: it and everything below it now lie under {@code newPath}. Published in
 * the move's transaction so figures kept per area are moved with it.
 */
public record AreaMoved(long areaId, String oldPath, String newPath) {
}
