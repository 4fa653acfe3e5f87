package com.programdesk.supervision.findings.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface FindingRepository extends ListCrudRepository<Finding, Long> {
}
