package com.programdesk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Which failures of a click the user is told about in plain words, and which get a reference for IT. */
class ErrorHandlingTest {

    @Test
    void aRecordSomeoneElseSavedOrCreatedAtTheSameMomentIsAConflictNotAnUnexpectedError() {
        assertThat(ErrorHandling.messageFor(new IllegalStateException(new OptimisticLockingFailureException("stale"))))
                .isEqualTo("error.conflict");
        assertThat(ErrorHandling.messageFor(new IllegalStateException(new DuplicateKeyException("uk_stat_report_period",
                new SQLIntegrityConstraintViolationException("Duplicate entry '3-11-2026-10-01' for key 'uk_stat_report_period'")))))
                .isEqualTo("error.conflict");
    }

    @Test
    void aRefusedPermissionIsNamedAndEverythingElseIsUnexpected() {
        assertThat(ErrorHandling.messageFor(new AccessDeniedException("no"))).isEqualTo("error.accessDenied");
        assertThat(ErrorHandling.messageFor(new IllegalStateException("bug"))).isNull();
    }
}
