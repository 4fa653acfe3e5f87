package com.programdesk.program.targets.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TargetRepository extends ListCrudRepository<Target, Long> {

    List<Target> findByProgramIdOrderByPositionAscIdAsc(long programId);
}
