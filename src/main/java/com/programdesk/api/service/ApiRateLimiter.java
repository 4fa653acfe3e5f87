package com.programdesk.api.service;

import com.programdesk.base.jdbc.WithoutTransaction;
import com.programdesk.security.service.WithoutAuthorization;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A token bucket per API client: {@code programdesk.api.rate-limit.per-minute} calls a minute, up to
 * that many at once, refilled evenly. Kept in memory on each node (behind a load balancer a client gets
 * that many per node); a refused call learns after how many seconds the next one is allowed.
 */
@Service
@WithoutAuthorization("counts the calls of a client the API's security chain has authenticated")
public class ApiRateLimiter {

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    ApiRateLimiter(@Value("${programdesk.api.rate-limit.per-minute:120}") int perMinute, Clock clock) {
        this.perMinute = Math.max(1, perMinute);
        this.clock = clock;
    }

    /** 0 when the call may go ahead (and is counted), else the seconds to wait before the next one. */
    @WithoutTransaction("counts in memory, per node")
    public long tryCall(long clientId) {
        return buckets.computeIfAbsent(clientId, id -> new Bucket(perMinute, clock.millis())).take(perMinute, clock.millis());
    }

    @WithoutTransaction("a configuration value")
    public int perMinute() {
        return perMinute;
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.at = now;
        }

        synchronized long take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + Math.max(0, now - at) * perMilli);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000.0));
        }
    }
}
