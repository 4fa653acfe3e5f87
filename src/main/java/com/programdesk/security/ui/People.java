package com.programdesk.security.ui;

import com.programdesk.security.service.PeopleNames;
import com.vaadin.flow.server.VaadinService;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * The names of the people a page shows (timelines, 记录人, uploads), looked up once per page from
 * {@link PeopleNames}; pages that already take many services need no further constructor parameter.
 */
public final class People {

    private People() {
    }

    public static PeopleNames.Lookup of(Collection<String> usernames) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(PeopleNames.class).of(usernames);
    }

    public static PeopleNames.Lookup of(Stream<String> usernames) {
        return of(usernames.toList());
    }
}
