package com.programdesk.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@ProgramDeskTest
class AuditLogTest {

    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pastEventsCanNeitherBeChangedNorDeleted() {
        long id = jdbc.sql("SELECT MIN(id) FROM audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE id = ?").param(id).query(String.class).single()).isNotEqualTo("mallory");
    }

    @Test
    void adminFiltersTheLogByActionAndActorNewestFirst() {
        var events = demoUsers.as("admin", () -> audit.search(
                new AuditFilter("system", AuditAction.CREATE, "Institution", LocalDate.now().minusDays(1), LocalDate.now()),
                PageRequest.of(0, 100)));

        assertThat(events).hasSizeGreaterThanOrEqualTo(13)
                .allSatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("system");
                    assertThat(e.action()).isEqualTo(AuditAction.CREATE);
                    assertThat(e.entityType()).isEqualTo("Institution");
                });
        assertThat(events).extracting(AuditEvent::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(demoUsers.as("admin", () -> audit.count(new AuditFilter("system", AuditAction.CREATE, "Institution", null, null))))
                .isGreaterThanOrEqualTo(13);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> audit.count(AuditFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("viewer", () -> audit.search(AuditFilter.none(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
