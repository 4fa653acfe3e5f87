package com.programdesk.base.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/** Opens the row a page's URL names, or shows "page not found". */
public final class RowLookup {

    private RowLookup() {
    }

    /** Another institution's row looks exactly like a row that does not exist: nothing is revealed by guessing ids. */
    public static <T> T orNotFound(Supplier<Optional<T>> lookup) {
        try {
            return lookup.get().orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
    }
}
