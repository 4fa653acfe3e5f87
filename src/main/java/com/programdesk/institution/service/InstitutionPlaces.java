package com.programdesk.institution.service;

import com.programdesk.area.domain.AreaMoved;
import com.programdesk.area.domain.AreaUsage;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.service.InstitutionsInArea;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which institutions lie in an area and below it. Asked on every request of a user bound to an
 * area, so the answer is kept per area for a short while: dropped at once when an institution or
 * an area of this node moves, and after {@link #FRESH_FOR} at the latest for changes made on
 * another node.
 */
@Component
class InstitutionPlaces implements InstitutionsInArea, AreaUsage {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Known(Set<Long> ids, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Known> byPath = new ConcurrentHashMap<>();

    InstitutionPlaces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<Long> under(String areaPath) {
        Instant now = clock.instant();
        Known known = byPath.get(areaPath);
        if (known == null || known.until().isBefore(now)) {
            known = new Known(Set.copyOf(jdbc.sql("""
                    SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id WHERE a.path LIKE :path""")
                    .param("path", LikePatterns.escape(areaPath) + "%").query(Long.class).list()), now.plus(FRESH_FOR));
            byPath.put(areaPath, known);
        }
        return known.ids();
    }

    @Override
    public long activeInstitutionsUnder(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM institution i JOIN area a ON a.id = i.area_id WHERE a.path LIKE :path AND i.active")
                .param("path", LikePatterns.escape(path) + "%").query(Long.class).single();
    }

    /** The path of the institution's area, null when it has none. */
    String pathOf(long institutionId) {
        return jdbc.sql("SELECT a.path FROM institution i JOIN area a ON a.id = i.area_id WHERE i.id = :id")
                .param("id", institutionId).query(String.class).optional().orElse(null);
    }

    void forget() {
        byPath.clear();
    }

    @EventListener
    void on(AreaMoved moved) {
        forget();
    }
}
