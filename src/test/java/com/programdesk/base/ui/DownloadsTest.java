package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A user clicks 导出 Excel (or an attachment) and making the file fails: the browser's download fails with a status that
 * says why, and the page is told through the session's error handler, which knows the page by the link clicked.
 */
class DownloadsTest {

    private final VaadinResponse response = mock(VaadinResponse.class);
    private final VaadinSession session = mock(VaadinSession.class);
    private final Element link = new Element("a");
    private final List<ErrorEvent> reported = new ArrayList<>();

    DownloadsTest() {
        when(session.getErrorHandler()).thenReturn(reported::add);
    }

    @Test
    void anExportThatFindsNoDatabaseIsAnsweredRetryLaterAndThePageIsTold() {
        DownloadHandler export = Downloads.of(event -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
        });

        assertThatCode(() -> export.handleDownloadRequest(download())).doesNotThrowAnyException();

        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "30");
        assertThat(reported).singleElement().satisfies(event -> {
            assertThat(event.getThrowable()).isInstanceOf(CannotGetJdbcConnectionException.class);
            assertThat(event.getElement()).as("the page is found by the link clicked").contains(link);
        });
    }

    @Test
    void anExportFailingForAnotherReasonIsAServerErrorAndThePageIsToldToo() {
        DownloadHandler export = Downloads.of(event -> {
            throw new IllegalStateException("a bug");
        });

        assertThatCode(() -> export.handleDownloadRequest(download())).doesNotThrowAnyException();

        verify(response).setStatus(500);
        verify(response, never()).setHeader("Retry-After", "30");
        assertThat(reported).singleElement().satisfies(event -> assertThat(event.getThrowable()).hasMessage("a bug"));
    }

    @Test
    void aDownloadThatWorksIsLeftAlone() throws Exception {
        Downloads.of(event -> { }).handleDownloadRequest(download());

        verify(response, never()).setStatus(500);
        assertThat(reported).isEmpty();
    }

    @Test
    void aDownloadTheUserCancelledHalfwayIsNoErrorOfTheApp() {
        VaadinServletResponse sending = mock(VaadinServletResponse.class);
        when(sending.isCommitted()).thenReturn(true);
        DownloadHandler attachment = Downloads.of(event -> {
            throw new IOException("Connection reset by peer");
        });

        assertThatCode(() -> attachment.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), sending, session, link)))
                .doesNotThrowAnyException();

        verify(sending, never()).setStatus(500);
        assertThat(reported).as("nothing to tell the user who cancelled").isEmpty();
    }

    private DownloadEvent download() {
        return new DownloadEvent(mock(VaadinRequest.class), response, session, link);
    }
}
