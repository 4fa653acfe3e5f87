package com.programdesk.program.plan.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface WorkStreamRepository extends ListCrudRepository<WorkStream, Long> {

    List<WorkStream> findByProgramIdOrderByPosition(long programId);
}
