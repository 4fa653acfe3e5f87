package com.programdesk.training.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attempts at the anonymous sign-in page per client address in the last ten minutes, counted on this node: a room of trainees
 * behind one Wi-Fi address signs in well below the limit, a script trying codes or names does not. Per node is enough here —
 * the codes themselves cannot be guessed; the limit only slows down trying names against a valid code.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perClient;

    SignInThrottle(Clock clock, @Value("${programdesk.training.sign-ins-per-client:200}") int perClient) {
        this.clock = clock;
        this.perClient = perClient;
    }

    /** Counts an attempt; false when the client is over the limit. */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (attempts.size() > 10_000) {
            attempts.values().removeIf(queue -> {
                synchronized (queue) {
                    return queue.isEmpty() || queue.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> queue = attempts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (queue) {
            while (!queue.isEmpty() && queue.peekFirst().isBefore(now.minus(WINDOW))) {
                queue.pollFirst();
            }
            if (queue.size() >= perClient) {
                return false;
            }
            queue.addLast(now);
            return true;
        }
    }
}
