package com.programdesk.api.web;

import com.programdesk.api.domain.PushRefusedException;
import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.base.service.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of an API request as an RFC 9457 problem detail with a {@code code}, the {@code field}
 * where one is wrong and the reason in the caller's language; never a stack trace. Errors of other
 * requests (the portal's own downloads) are left to the handlers that had them: each handler throws
 * them on, which Spring takes as "not handled". It has to be a global advice, since a 415 or 405 is
 * raised before any controller is chosen; an advice for other controllers would need a lower order.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    /**
     * A body refused for its size is answered at once, with a length and {@code Connection: close}: the
     * rest of it is never read, and the client reads the whole answer before the connection ends.
     */
    @ExceptionHandler(PushRefusedException.class)
    ResponseEntity<?> refused(PushRefusedException e, HttpServletRequest request) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, TOO_MANY_ROWS -> HttpStatus.CONTENT_TOO_LARGE;
            case MALFORMED, NOT_COUNTS -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problems.problem(request, status, e.reason().name(), e.field(), e.messageKey(), e.args());
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return answer(problem);
        }
        byte[] body = problems.bytes(problem);
        return ResponseEntity.status(status).contentType(ApiProblems.PROBLEM_JSON).contentLength(body.length)
                .header("Connection", "close").body(body);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFieldException e, HttpServletRequest request) {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.BAD_REQUEST, "INVALID_FIELD", e.field(), e.messageKey()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> contentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(request, e);
        String supported = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        return answer(problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "CONTENT_TYPE", "Content-Type",
                "api.error.contentType", String.valueOf(e.getContentType()), supported));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Accept", "api.error.notAcceptable"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD", null, "api.error.method", e.getMethod()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.BAD_REQUEST, "MALFORMED", "body", "api.error.malformedJson", "?"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.BAD_REQUEST, "PARAMETER_MISSING", e.getParameterName(), "api.error.parameterMissing",
                e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", e.getName(), "api.error.parameterInvalid",
                e.getName(), String.valueOf(e.getValue())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) throws AccessDeniedException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.FORBIDDEN, "FORBIDDEN", null, "api.error.forbidden"));
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(org.springframework.web.servlet.resource.NoResourceFoundException e, HttpServletRequest request)
            throws org.springframework.web.servlet.resource.NoResourceFoundException {
        requireApi(request, e);
        return answer(problems.problem(request, HttpStatus.NOT_FOUND, "NOT_FOUND", null, "api.error.notFound", request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        requireApi(request, e);
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warn("API request {} {} answered 503, the database is unavailable: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return answer(problems.databaseUnavailable(request, response));
        }
        LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", null, "api.error.internal"));
    }

    private static <E extends Exception> void requireApi(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
