package com.programdesk.base.embeddeddb;

import java.util.Optional;

/**
 * Whether the app runs on its own embedded MariaDB (the demo start: no {@code spring.datasource.url}), and that
 * server while it does. Decided when the app starts, not by a bean condition: in production the bean definitions
 * are prepared at build time (Spring AOT, deploy/jvm.options), and one jar serves both kinds of start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedMariaDb server;

    EmbeddedDatabase(EmbeddedMariaDb server) {
        this.server = server;
    }

    public boolean isRunning() {
        return server != null;
    }

    Optional<EmbeddedMariaDb> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
