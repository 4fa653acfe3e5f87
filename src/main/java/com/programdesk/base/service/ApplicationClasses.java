package com.programdesk.base.service;

import org.springframework.aop.ClassFilter;

/**
 * The classes of this application: the only ones the advisors of {@code @Transactional}, {@code @PreAuthorize} and
 * {@code @SchedulerLock} need to look at (why: {@code AdvisorsOnApplicationClasses}).
 */
public final class ApplicationClasses implements ClassFilter {

    public static final ApplicationClasses FILTER = new ApplicationClasses();
    private static final String PACKAGE_PREFIX = "com.programdesk.";

    private ApplicationClasses() {
    }

    @Override
    public boolean matches(Class<?> clazz) {
        return clazz.getName().startsWith(PACKAGE_PREFIX);
    }
}
