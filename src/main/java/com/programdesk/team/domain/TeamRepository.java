package com.programdesk.team.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);
}
