package com.programdesk.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address in a sliding window. An address past the limit is refused
 * outright, and its further attempts no longer count against the accounts it tries: one address
 * can lock at most {@code maxFailures / 5} accounts per window instead of every account there is.
 *
 * <p>Held in memory (one instance per app; a restart forgets it). The address is the servlet's
 * remote address, i.e. the client's when a trusted reverse proxy forwards it (README, Security).
 */
@Component
class LoginThrottle {

    /** Bounds the memory an attacker with many addresses can make us use. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true);

    LoginThrottle(@Value("${programdesk.login.address-max-failures:10}") int maxFailures,
                  @Value("${programdesk.login.address-window:PT15M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    synchronized boolean isThrottled(String address) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return false;
        }
        dropExpired(recent);
        return recent.size() >= maxFailures;
    }

    synchronized void recordFailure(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        dropExpired(recent);
        if (recent.size() < maxFailures * 2) {
            recent.addLast(clock.instant());
        }
        if (failures.size() > MAX_ADDRESSES) {
            Iterator<Deque<Instant>> eldest = failures.values().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private void dropExpired(Deque<Instant> recent) {
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
