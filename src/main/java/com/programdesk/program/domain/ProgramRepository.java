package com.programdesk.program.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgramRepository extends ListCrudRepository<Program, Long> {
}
