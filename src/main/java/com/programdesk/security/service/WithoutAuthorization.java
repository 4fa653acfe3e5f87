package com.programdesk.security.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method (or every method of a service) that deliberately has no
 * {@code @PreAuthorize}: it runs before anyone is logged in, or only inside a caller's already
 * authorized transaction. The architecture test demands either this or {@code @PreAuthorize}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithoutAuthorization {

    /** Why no role check is needed. */
    String value();
}
