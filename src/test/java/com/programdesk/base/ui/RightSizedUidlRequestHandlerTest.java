package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A click or a grid's page request reaches Flow whole, under the session's lock, however its text is encoded. */
class RightSizedUidlRequestHandlerTest {

    private final AtomicInteger locks = new AtomicInteger();
    private final List<String> handled = new ArrayList<>();
    private final List<Boolean> lockedWhileHandled = new ArrayList<>();
    private final VaadinSession session = mock(VaadinSession.class);

    private final RightSizedUidlRequestHandler handler = new RightSizedUidlRequestHandler() {
        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession s, VaadinRequest request, VaadinResponse response,
                                                                  String body) {
            handled.add(body);
            lockedWhileHandled.add(locks.get() == 1);
            return Optional.empty();
        }
    };

    RightSizedUidlRequestHandlerTest() {
        doAnswer(call -> locks.incrementAndGet()).when(session).lock();
        doAnswer(call -> locks.decrementAndGet()).when(session).unlock();
    }

    @Test
    void aRequestOfKnownLengthIsHandledWholeUnderTheSessionsLock() throws Exception {
        String click = "{\"csrfToken\":\"t\",\"rpc\":[{\"type\":\"event\",\"node\":7,\"event\":\"click\",\"data\":{\"label\":\"统计报表\"}}],"
                + "\"syncId\":3,\"clientId\":3}";
        String bigPage = "{\"rpc\":[" + "{\"type\":\"mSync\",\"node\":12,\"property\":\"value\",\"value\":\"项目\"},".repeat(2_000) + "{}]}";

        assertThat(handler.handleRequest(session, uidlRequest(click), mock(VaadinResponse.class))).isTrue();
        assertThat(handler.handleRequest(session, uidlRequest(bigPage), mock(VaadinResponse.class))).isTrue();

        assertThat(handled).containsExactly(click, bigPage);
        assertThat(lockedWhileHandled).containsOnly(true);
        assertThat(locks).hasValue(0);
    }

    @Test
    void aSmallRequestIsReadThroughABufferOfItsSizeWithOrWithoutALimit() throws Exception {
        String click = "{\"rpc\":[{\"type\":\"event\",\"node\":7,\"event\":\"click\"}]}";

        for (long limit : new long[] {10L * 1024 * 1024, -1}) {
            VaadinRequest request = uidlRequest(click, limit);
            handler.handleRequest(session, request, mock(VaadinResponse.class));
            assertThat(((RecordingReader) request.getReader()).largestBuffer).as("limit %d", limit).isLessThanOrEqualTo(click.length());
        }
        assertThat(handled).containsExactly(click, click);
    }

    @Test
    void otherRequestsAreLeftToTheOtherHandlers() throws Exception {
        VaadinRequest page = uidlRequest("{}");
        when(page.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER)).thenReturn(null);

        assertThat(handler.handleRequest(session, page, mock(VaadinResponse.class))).isFalse();
        assertThat(handled).isEmpty();
    }

    private static VaadinRequest uidlRequest(String body) throws Exception {
        return uidlRequest(body, 10L * 1024 * 1024);
    }

    private static VaadinRequest uidlRequest(String body, long limit) throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER)).thenReturn(ApplicationConstants.REQUEST_TYPE_UIDL);
        when(request.getContentLength()).thenReturn(body.getBytes(StandardCharsets.UTF_8).length);
        when(request.getReader()).thenReturn(new RecordingReader(body));
        VaadinService service = mock(VaadinService.class);
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(configuration.getMaxRequestBodySize()).thenReturn(limit);
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        when(request.getService()).thenReturn(service);
        return request;
    }

    /** Remembers the largest buffer it was asked to fill: Flow's own reading asks with 65,536 characters. */
    private static final class RecordingReader extends BufferedReader {

        int largestBuffer;

        RecordingReader(String text) {
            super(new StringReader(text));
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            largestBuffer = Math.max(largestBuffer, buffer.length);
            return super.read(buffer, offset, length);
        }
    }
}
