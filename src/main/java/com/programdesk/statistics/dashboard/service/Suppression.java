package com.programdesk.statistics.dashboard.service;

import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.dashboard.domain.Figure;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small counts (1 to {@code suppress-below} − 1) are withheld from the roles configured to see
 * suppressed data, so that no individual can be singled out; a rate whose numerator or
 * denominator is such a count is withheld too. Zero is shown: it singles out nobody. Applied in
 * the services, so the small value never leaves the server for these readers.
 */
@Component
class Suppression {

    static final String BELOW = "programdesk.statistics.suppress-below";
    static final String ROLES = "programdesk.statistics.suppressed-roles";

    private final int below;
    private final Set<Role> roles;
    private final CurrentUser currentUser;

    Suppression(@Value("${" + BELOW + ":5}") int below, @Value("${" + ROLES + ":VIEWER}") String roles, CurrentUser currentUser) {
        this.below = below;
        this.roles = roles.isBlank() ? EnumSet.noneOf(Role.class) : Arrays.stream(roles.split(","))
                .map(r -> Role.valueOf(r.strip().toUpperCase(Locale.ROOT))).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        this.currentUser = currentUser;
    }

    int below() {
        return below;
    }

    /** Whether the logged-in user reads suppressed figures. */
    boolean appliesToCurrentUser() {
        return currentUser.find().map(user -> roles.contains(user.role())).orElse(true);
    }

    /** The figure of these counts as the current user may see it. */
    Figure figure(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        return figure(indicator, numerator, denominator, appliesToCurrentUser());
    }

    Figure figure(Indicator indicator, BigDecimal numerator, BigDecimal denominator, boolean suppressing) {
        return figure(indicator, numerator, denominator, List.of(), suppressing);
    }

    /**
     * The same, for an indicator evaluated over these counts of the elements it names: withheld also
     * when one of them is small, since with another figure beside it (#{A} − #{B} next to #{A}) the
     * small count could be worked out.
     */
    Figure figure(Indicator indicator, BigDecimal numerator, BigDecimal denominator, Collection<BigDecimal> namedCounts,
                  boolean suppressing) {
        if (indicator.isRate() && numerator != null && denominator == null) {
            return Figure.DENOMINATOR_MISSING;
        }
        if (suppressing && (isSmall(numerator) || (indicator.isRate() && isSmall(denominator))
                || namedCounts.stream().anyMatch(this::isSmall))) {
            return Figure.SUPPRESSED;
        }
        return Figure.of(indicator, numerator, denominator);
    }

    private boolean isSmall(BigDecimal count) {
        return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(below)) < 0;
    }
}
