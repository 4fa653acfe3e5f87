package com.programdesk.supervision.findings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface CorrectionRepository extends ListCrudRepository<Correction, Long> {

    List<Correction> findByFindingIdOrderBySubmittedAtAscIdAsc(long findingId);

    Optional<Correction> findFirstByFindingIdOrderBySubmittedAtDescIdDesc(long findingId);
}
