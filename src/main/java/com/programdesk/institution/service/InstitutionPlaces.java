package com.programdesk.institution.service;

import com.programdesk.area.domain.AreaMoved;
import com.programdesk.area.domain.AreaUsage;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.security.service.InstitutionsInArea;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which institutions lie in an area and below it. Asked on every request of a user bound to an
 * area, so the answer is shared per area ({@link SharedCache}): dropped at once when an institution
 * or an area of this node moves.
 */
@Component
class InstitutionPlaces implements InstitutionsInArea, AreaUsage {

    /** One entry per area that users are bound to: a province has a few thousand areas. */
    private static final int MAX_AREAS = 10_000;

    private final JdbcClient jdbc;
    private final SharedCache<String, Set<Long>> byPath;

    InstitutionPlaces(JdbcClient jdbc, SharedCaches caches) {
        this.jdbc = jdbc;
        this.byPath = caches.create("institutions-in-area", MAX_AREAS);
    }

    @Override
    public Set<Long> under(String areaPath) {
        return byPath.get(areaPath, () -> Set.copyOf(jdbc.sql("""
                SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id WHERE a.path LIKE :path""")
                .param("path", LikePatterns.escape(areaPath) + "%").query(Long.class).list()));
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
        byPath.forgetAllWithTransaction();
    }

    @EventListener
    void on(AreaMoved moved) {
        forget();
    }
}
