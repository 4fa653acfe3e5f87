package com.programdesk.program.targets.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TargetRepository extends ListCrudRepository<Target, Long> {

    List<Target> findByProgramIdOrderByPositionAscIdAsc(long programId);

    @Query("SELECT DISTINCT program_id FROM target WHERE measure = :measure AND program_id IN (:programIds)")
    List<Long> programIdsWithMeasure(String measure, Collection<Long> programIds);
}
