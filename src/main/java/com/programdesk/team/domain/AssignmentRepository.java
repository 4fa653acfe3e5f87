package com.programdesk.team.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {

    Optional<Assignment> findByActivityIdAndTeamMemberId(long activityId, long teamMemberId);
}
