package com.programdesk.security.domain;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}, which need constants. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String INSTITUTION = "INSTITUTION";
    public static final String ASSOCIATION = "ASSOCIATION";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
