package com.programdesk.practice.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface GoodPracticeRepository extends ListCrudRepository<GoodPractice, Long> {
}
