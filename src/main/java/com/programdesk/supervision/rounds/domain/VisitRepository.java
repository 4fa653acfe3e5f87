package com.programdesk.supervision.rounds.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface VisitRepository extends ListCrudRepository<Visit, Long> {

    Optional<Visit> findBySupervisionRoundIdAndInstitutionId(long roundId, long institutionId);

    List<Visit> findBySupervisionRoundId(long roundId);
}
