package com.programdesk.program.activities.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ActivityRepository extends ListCrudRepository<Activity, Long> {
}
