package com.programdesk.program.calendar.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.SaveErrors;
import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.calendar.domain.ObservanceDay;
import com.programdesk.program.calendar.domain.ObservanceDayRepository;
import com.programdesk.security.domain.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recurring observance days shown on the calendar every year (a short list kept by administrators). */
@Service
@Transactional(readOnly = true)
public class ObservanceDayService {

    private static final AuditedEntity ENTITY = AuditedEntity.OBSERVANCE_DAY;

    private final ObservanceDayRepository repository;
    private final AuditService audit;
    /** The days every calendar shows, read once for all users: administrators change them a few times a year. */
    private final SharedCache<Boolean, List<ObservanceDay>> activeDays;

    ObservanceDayService(ObservanceDayRepository repository, AuditService audit, SharedCaches caches) {
        this.repository = repository;
        this.audit = audit;
        this.activeDays = caches.create("observance-days", 1);
    }

    /** The whole list, by date; it is short (a handful of days a year), so it is read in one page. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<ObservanceDay> all() {
        return repository.findAll(Sort.by("monthOfYear", "dayOfMonth", "id"));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public ObservanceDay save(ObservanceDay edited) {
        if (edited.getNameZh() == null || edited.getNameZh().isBlank()) {
            throw new InvalidFieldException("nameZh", "validation.required");
        }
        if (edited.getMonthOfYear() < 1 || edited.getMonthOfYear() > 12) {
            throw new InvalidFieldException("monthOfYear", "observance.error.month");
        }
        if (edited.getDayOfMonth() < 1 || edited.getDayOfMonth() > java.time.Month.of(edited.getMonthOfYear()).maxLength()) {
            throw new InvalidFieldException("dayOfMonth", "observance.error.day");
        }
        Optional<ObservanceDay> before = edited.isNew() ? Optional.empty() : repository.findById(edited.getId());
        if (!edited.isNew() && before.isEmpty()) {
            throw new OptimisticLockingFailureException("Observance day " + edited.getId() + " no longer exists");
        }
        ObservanceDay saved = SaveErrors.translate(() -> repository.save(edited), Map.of("uk_observance_day", "nameZh"));
        activeDays.forgetAllWithTransaction();
        audit.record(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, saved.getId(),
                before.map(b -> AuditChanges.between(b.auditFields(), saved.auditFields())).orElse(AuditChanges.of(saved.auditFields())));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ObservanceDay> active() {
        return activeDays.get(true, () -> List.copyOf(repository.findByActiveTrueOrderByMonthOfYearAscDayOfMonthAsc())).stream()
                .map(ObservanceDay::copy).toList();
    }
}
