package com.programdesk.statistics.catalog.domain;

import com.programdesk.area.domain.AreaLevel;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A form's approval levels as stored ("COUNTY,CITY", bottom up) and the rule they follow. */
public final class ApprovalLevels {

    private ApprovalLevels() {
    }

    public static List<AreaLevel> parse(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(AreaLevel::valueOf).toList();
    }

    public static @Nullable String format(List<AreaLevel> levels) {
        return levels.isEmpty() ? null : levels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Each level once, each above the one before (township → county → city → province). */
    public static boolean isBottomUp(List<AreaLevel> levels) {
        for (int i = 1; i < levels.size(); i++) {
            if (!isAbove(levels.get(i), levels.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code level} lies above {@code other} in the tree (a city above a county). */
    public static boolean isAbove(AreaLevel level, AreaLevel other) {
        return level.compareTo(other) < 0;
    }
}
