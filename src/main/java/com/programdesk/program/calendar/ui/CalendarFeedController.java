package com.programdesk.program.calendar.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.program.calendar.service.CalendarSubscriptionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a user's calendar feed to phone calendars, which cannot log in: the token in the URL is the key. */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar-feed/";

    private final CalendarSubscriptionService subscriptions;

    CalendarFeedController(CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return subscriptions.feed(token)
                .map(body -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8)).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A phone calendar asking while the database is away is told to come back (503), not shown an error page (500). */
    @ExceptionHandler
    ResponseEntity<String> databaseAway(RuntimeException failure) {
        if (!DatabaseUnavailable.isCause(failure)) {
            throw failure;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .build();
    }
}
