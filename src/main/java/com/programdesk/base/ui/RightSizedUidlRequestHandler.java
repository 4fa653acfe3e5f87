package com.programdesk.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Flow's handler of UI requests, reading a request's body into a buffer of the body's size.
 *
 * <p>Flow reads every UI request into a 64 K-character builder through a 64 K-character buffer, about 192 kB
 * whatever the request's size (a click or a grid's viewport is a few hundred bytes): a quarter of all the app's
 * allocation under load (docs/benchmarks.md, "Upstream report: a 192 kB buffer per UIDL request"). This handler
 * reads a body of known length into a builder of that length, then handles it as Flow does: under the session's
 * lock, and the response written after the lock is released. Bodies of unknown length or above Flow's limit are
 * left to Flow's own handling, which also refuses those too large.
 */
class RightSizedUidlRequestHandler extends UidlRequestHandler {

    private static final int CHUNK = 8 * 1024;

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) throws IOException {
        int length = request.getContentLength();
        long limit = getMaxRequestBodySize(request); // negative: no limit
        if (!canHandleRequest(request) || length < 0 || (limit >= 0 && length > limit)) {
            return super.handleRequest(session, request, response);
        }
        String body = read(request.getReader(), length);
        Optional<ResponseWriter> writer;
        session.lock();
        try {
            writer = synchronizedHandleRequest(session, request, response, body);
        } finally {
            session.unlock();
        }
        if (writer.isPresent()) {
            writer.get().writeResponse();
        }
        return true;
    }

    /** At most {@code length} characters: a body of that many bytes holds no more characters than bytes. */
    private static String read(Reader reader, int length) throws IOException {
        StringBuilder body = new StringBuilder(length);
        char[] chunk = new char[Math.min(Math.max(length, 1), CHUNK)];
        for (int read = reader.read(chunk); read != -1; read = reader.read(chunk)) {
            body.append(chunk, 0, read);
        }
        return body.toString();
    }
}
