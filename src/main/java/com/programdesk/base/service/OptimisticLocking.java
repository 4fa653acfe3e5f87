package com.programdesk.base.service;

import com.programdesk.base.domain.Versioned;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/** For changes made on the current row rather than on the edited copy (state toggles, password resets). */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /** The stored row, provided nobody changed or deleted it since {@code edited} was read. */
    public static <T extends Versioned> T unchanged(Optional<T> stored, T edited, String description) {
        return stored.filter(found -> found.getVersion().equals(edited.getVersion()))
                .orElseThrow(() -> new OptimisticLockingFailureException(description + " was changed meanwhile"));
    }
}
