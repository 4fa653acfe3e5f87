package com.programdesk.program.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ActivityRepository extends ListCrudRepository<Activity, Long> {

    boolean existsByWorkStreamId(Long workStreamId);
}
