package com.programdesk.holiday.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.DateInput;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holiday table that working-day deadlines skip; administrators keep it (a few dozen days a year). */
@Service
@Transactional(readOnly = true)
public class HolidayService {

    public static final int NAME_MAX = 60;

    public record Holiday(LocalDate day, String name) {
    }

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Clock clock;

    HolidayService(JdbcClient jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Holiday> from(LocalDate first, int limit) {
        return jdbc.sql("SELECT day, name FROM holiday WHERE day >= ? ORDER BY day LIMIT ?").params(first, limit).query(Holiday.class).list();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void add(LocalDate day, String name) {
        if (day == null) {
            throw new InvalidFieldException("day", "validation.required");
        }
        DateInput.within(day, "day", clock);
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new InvalidFieldException("name", "validation.maxLength");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM holiday WHERE day = ?").param(day).query(Long.class).single() > 0) {
            throw new InvalidFieldException("day", "holiday.error.exists");
        }
        jdbc.sql("INSERT INTO holiday (day, name) VALUES (?, ?)").params(day, name.strip()).update();
        audit.record(AuditAction.CREATE, AuditedEntity.HOLIDAY, null, "day: " + day + ", name: " + name.strip());
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void remove(LocalDate day) {
        if (jdbc.sql("DELETE FROM holiday WHERE day = ?").param(day).update() > 0) {
            audit.record(AuditAction.DELETE, AuditedEntity.HOLIDAY, null, "day: " + day);
        }
    }
}
