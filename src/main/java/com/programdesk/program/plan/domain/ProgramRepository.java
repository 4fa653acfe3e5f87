package com.programdesk.program.plan.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgramRepository extends ListCrudRepository<Program, Long> {
}
