package com.programdesk.base.jdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that is deliberately not {@code @Transactional}: it touches no
 * database (a configuration value), or it begins its transactions itself, each run again on a lost
 * node or a write conflict ({@link RetryWriteConflicts#retrying}). Every other public service method
 * is {@code @Transactional}, so that {@link RetryWriteConflicts} runs it again when a Galera node
 * goes away under it; the architecture test demands one or the other.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WithoutTransaction {

    /** Why the method needs no transaction of its own. */
    String value();
}
