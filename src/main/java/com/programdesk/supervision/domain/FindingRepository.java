package com.programdesk.supervision.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface FindingRepository extends ListCrudRepository<Finding, Long> {
}
