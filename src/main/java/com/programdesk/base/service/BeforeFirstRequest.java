package com.programdesk.base.service;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that the first requests depend on (the first users, data of earlier versions): done once the
 * context is complete, just before the web server takes its first request. An {@code ApplicationRunner} runs only
 * after the server has started, so a page could be served, and a login refused, before the work was done.
 */
public abstract class BeforeFirstRequest implements SmartLifecycle {

    private volatile boolean done;

    /** The work; a failure stops the start. */
    protected abstract void prepare();

    @Override
    public final void start() {
        done = true;
        prepare();
    }

    @Override
    public final int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final void stop() {
        done = false;
    }
}
