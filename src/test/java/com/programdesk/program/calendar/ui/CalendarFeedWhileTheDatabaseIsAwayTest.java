package com.programdesk.program.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.programdesk.program.calendar.service.CalendarSubscriptionService;
import com.programdesk.testsupport.DatabaseAway;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A phone calendar polling its feed while the database is away is asked to come back later, as calendar apps understand it. */
class CalendarFeedWhileTheDatabaseIsAwayTest {

    private final CalendarSubscriptionService subscriptions = mock(CalendarSubscriptionService.class);
    private final MockMvc feeds = MockMvcBuilders.standaloneSetup(new CalendarFeedController(subscriptions)).build();

    @Test
    void aFeedAskedForWhileTheDatabaseIsAwayIsAnsweredRetryLater() throws Exception {
        when(subscriptions.feed(anyString())).thenThrow(DatabaseAway.noConnection());

        MockHttpServletResponse answer = feeds.perform(get(CalendarFeedController.PATH + "t".repeat(43) + ".ics")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    void aFeedFailingForAnotherReasonIsNotDisguisedAsTheDatabaseBeingAway() {
        when(subscriptions.feed(anyString())).thenThrow(new IllegalStateException("a bug"));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> feeds.perform(get(CalendarFeedController.PATH + "t".repeat(43) + ".ics")))).hasRootCauseInstanceOf(IllegalStateException.class);
    }
}
