package com.programdesk.base.service;

import org.springframework.aop.ClassFilter;

/**
 * The classes of this application, for the advisors only its own classes carry annotations for ({@code @PreAuthorize},
 * {@code @Transactional} on services). At start every advisor is matched against every method of every bean, about 800
 * of them, most of them Spring's and Vaadin's; this filter turns those away before their methods are read
 * (docs/benchmarks.md, "Twenty-first round").
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
