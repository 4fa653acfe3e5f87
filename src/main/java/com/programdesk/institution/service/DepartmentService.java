package com.programdesk.institution.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.institution.domain.Department;
import com.programdesk.institution.domain.DepartmentRepository;
import com.programdesk.institution.domain.DepartmentUsage;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments (科室) of an institution. Its own staff maintain them, and the bureau for the
 * institutions it reaches; whoever reaches the institution reads them. A department that tasks
 * still name is not removed (the message says how many rows use it): it is retired instead.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    public static final String MAINTAINERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.INSTITUTION + "')";

    private final DepartmentRepository departments;
    private final List<DepartmentUsage> usages;
    private final AuditService audit;
    private final CurrentUser currentUser;

    DepartmentService(DepartmentRepository departments, List<DepartmentUsage> usages, AuditService audit, CurrentUser currentUser) {
        this.departments = departments;
        this.usages = usages;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** All departments of the institution, retired ones included, in their order. */
    @PreAuthorize("isAuthenticated()")
    public List<Department> of(long institutionId) {
        currentUser.requireReach(institutionId);
        return departments.findByInstitutionIdOrderByPositionAscNameAsc(institutionId);
    }

    /** The departments a task of the institution can be given to. */
    @PreAuthorize("isAuthenticated()")
    public List<Department> active(long institutionId) {
        return of(institutionId).stream().filter(Department::isActive).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Department> find(long id) {
        return departments.findById(id).filter(d -> currentUser.require().canReach(d.getInstitutionId()));
    }

    /** Whether the logged-in user maintains the institution's departments. */
    @PreAuthorize("isAuthenticated()")
    public boolean maintains(long institutionId) {
        AuthenticatedUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> user.canReach(institutionId);
            case INSTITUTION -> Long.valueOf(institutionId).equals(user.institutionId());
            default -> false;
        };
    }

    /** Adds or renames a department; the name is required, at most 60 characters and unique within the institution. */
    @PreAuthorize(MAINTAINERS)
    @Transactional
    public Department save(Department edited) {
        requireMaintainer(edited.getInstitutionId());
        Department before = edited.isNew() ? null
                : OptimisticLocking.unchanged(departments.findById(edited.getId()), edited, "Department " + edited.getId());
        if (before != null && before.getInstitutionId() != edited.getInstitutionId()) {
            throw new AccessDeniedException("A department stays in its institution");
        }
        String name = edited.getName() == null ? "" : edited.getName().strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        if (name.length() > Department.NAME_MAX) {
            throw new InvalidFieldException("name", "department.error.nameTooLong");
        }
        if ((before == null || !before.getName().equals(name)) && departments.existsByInstitutionIdAndName(edited.getInstitutionId(), name)) {
            throw new InvalidFieldException("name", "department.error.nameTaken");
        }
        edited.setName(name);
        if (before == null) {
            edited.setPosition(departments.findByInstitutionIdOrderByPositionAscNameAsc(edited.getInstitutionId()).size());
        }
        Department saved = departments.save(edited);
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditedEntity.INSTITUTION, saved.getInstitutionId(),
                "department: " + (before == null ? "" : before.getName() + " → ") + name + (saved.isActive() ? "" : " (retired)"));
        return saved;
    }

    /** Retires a department (kept on the rows that name it, no longer offered) or brings it back. */
    @PreAuthorize(MAINTAINERS)
    @Transactional
    public Department setActive(Department department, boolean active) {
        Department edited = department.copy();
        edited.setActive(active);
        return save(edited);
    }

    /** Removes a department no row names; otherwise refused with the number of rows that use it. */
    @PreAuthorize(MAINTAINERS)
    @Transactional
    public void remove(Department department) {
        Department current = OptimisticLocking.unchanged(departments.findById(department.getId()), department, "Department " + department.getId());
        requireMaintainer(current.getInstitutionId());
        long rows = usages.stream().mapToLong(u -> u.rowsUsing(current.getId())).sum();
        if (rows > 0) {
            throw new DepartmentInUseException(rows);
        }
        departments.delete(current);
        audit.record(AuditAction.DELETE, AuditedEntity.INSTITUTION, current.getInstitutionId(), "department: " + current.getName());
    }

    private void requireMaintainer(long institutionId) {
        if (!maintains(institutionId)) {
            throw new AccessDeniedException("Departments of institution " + institutionId + " are kept by its own staff and the bureau");
        }
    }
}
