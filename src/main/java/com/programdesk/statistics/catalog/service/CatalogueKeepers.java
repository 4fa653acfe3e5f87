package com.programdesk.statistics.catalog.service;

import com.programdesk.security.domain.AuthenticatedUser;
import org.jspecify.annotations.Nullable;

/**
 * Who keeps a catalogue item (a data element, an indicator, a form): it belongs to the area of whoever
 * created it, or to the whole province when that user is bound to no area (and for the seeded items).
 */
public final class CatalogueKeepers {

    private CatalogueKeepers() {
    }

    /** Users bound to no area keep everything; an area's users what their area or an area below created. */
    public static boolean mayKeep(AuthenticatedUser user, @Nullable String itemAreaPath) {
        return user.seesAllInstitutions() || (itemAreaPath != null && user.coversArea(itemAreaPath));
    }

    /** The area a new item belongs to: its creator's, or none (the province) for a user bound to no area. */
    public static @Nullable Long areaOfNewItem(AuthenticatedUser user) {
        return user.isAreaBound() ? user.areaId() : null;
    }
}
