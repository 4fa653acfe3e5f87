package com.programdesk.supervision.rounds.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface SupervisionRoundRepository extends ListCrudRepository<SupervisionRound, Long> {
}
