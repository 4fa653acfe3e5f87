package com.programdesk.api.web;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.base.ui.ProgramDeskI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the API: a status, a title, a {@code detail} in the caller's language
 * (Accept-Language, Chinese by default), a stable {@code code} and, where one field is wrong, its name.
 * Never a stack trace.
 */
@Component
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ProgramDeskI18NProvider i18n;
    private final JsonMapper json;

    ApiProblems(ProgramDeskI18NProvider i18n) {
        this.i18n = i18n;
        this.json = JsonMapper.builder().build();
    }

    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return ProgramDeskI18NProvider.CHINESE;
        }
        String first = header.split(",")[0].split(";")[0].strip();
        return ProgramDeskI18NProvider.supportedOrDefault(first);
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return translate(locale(request), key, args);
    }

    String translate(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, @Nullable String field, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(request, key, args));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(java.net.URI.create("about:blank"));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * The database cannot be reached right now: 503 with {@code Retry-After},
     * which a client can act on, rather than a 500 that reads as a bug.
     */
    ProblemDetail databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        ProblemDetail problem = problem(request, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", null, "api.error.databaseUnavailable",
                DatabaseUnavailable.RETRY_AFTER_SECONDS);
        problem.setProperty("retryAfterSeconds", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return problem;
    }

    /** Writes a problem straight to the response, for the security chain's answers (401, 403, 429) before any controller. */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = bytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The problem as JSON, its properties beside the standard members (as Spring writes a ProblemDetail). */
    byte[] bytes(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return json.writeValueAsBytes(body);
    }
}
