package com.programdesk.api.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API client may do. Each scope is an authority ({@code SCOPE_reports:write}) of the client's
 * requests; the API's security chain requires one per endpoint (see {@code api.web.ApiEndpoints}).
 */
public enum ApiScope {
    REPORTS_WRITE("reports:write"),
    REPORTS_READ("reports:read"),
    STATISTICS_READ("statistics:read"),
    TASKS_READ("tasks:read"),
    CALENDAR_READ("calendar:read");

    public static final String AUTHORITY_PREFIX = "SCOPE_";

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    /** The name clients and the OpenAPI document use, e.g. {@code reports:write}. */
    public String code() {
        return code;
    }

    public String authority() {
        return AUTHORITY_PREFIX + code;
    }

    public String messageKey() {
        return "api.scope." + name();
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
