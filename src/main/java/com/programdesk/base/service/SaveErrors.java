package com.programdesk.base.service;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/**
 * Turns what the database says about a failed save into what the user should read:
 * a lost race on a unique value becomes a field message, a stale version a conflict.
 */
public final class SaveErrors {

    private SaveErrors() {
    }

    /**
     * @param uniqueFields unique constraint name (lower case) → field name
     */
    public static <T> T translate(Supplier<T> save, Map<String, String> uniqueFields) {
        try {
            return save.get();
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException conflict) {
                throw conflict;
            }
            if (e.getCause() instanceof DataIntegrityViolationException violation) {
                throw uniqueViolation(violation, uniqueFields);
            }
            throw e;
        } catch (DataIntegrityViolationException e) {
            throw uniqueViolation(e, uniqueFields);
        }
    }

    private static RuntimeException uniqueViolation(DataIntegrityViolationException e, Map<String, String> uniqueFields) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return uniqueFields.entrySet().stream()
                .filter(entry -> message.contains(entry.getKey()))
                .findFirst()
                .<RuntimeException>map(entry -> new InvalidFieldException(entry.getValue(), "validation.duplicate"))
                .orElse(e);
    }
}
