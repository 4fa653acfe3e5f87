package com.programdesk.base.ui;

import com.programdesk.base.service.InvalidFieldException;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a save (or a step) from a form and turns the two refusals a user can act on into what
 * that form shows: a value the service refused goes to {@code refused} (usually {@link FormErrors#show}),
 * a stale copy, someone having saved the record meanwhile, goes to {@code conflicted} (a {@link ConflictNotice},
 * a notification, closing and refreshing — whatever this form does). So does a new record someone else created
 * at the same moment (two people filing the same month: the database's unique key refuses the second).
 * Anything else propagates.
 * The only UI class that knows the conflict exception, so every form handles it the same way.
 */
public final class FormSave {

    private FormSave() {
    }

    public static void run(Runnable save, Consumer<InvalidFieldException> refused, Runnable conflicted) {
        try {
            save.run();
        } catch (InvalidFieldException e) {
            refused.accept(e);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            conflicted.run();
        }
    }

    /** For changes the service refuses by no field (a status switch, a delete): only a stale copy is handled. */
    public static void run(Runnable save, Runnable conflicted) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            conflicted.run();
        }
    }
}
