package com.programdesk.institution.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    List<Department> findByInstitutionIdOrderByPositionAscNameAsc(long institutionId);

    boolean existsByInstitutionIdAndName(long institutionId, String name);
}
