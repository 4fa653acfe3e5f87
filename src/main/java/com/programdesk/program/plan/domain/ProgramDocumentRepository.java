package com.programdesk.program.plan.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ProgramDocumentRepository extends ListCrudRepository<ProgramDocument, Long> {

    List<ProgramDocument> findByProgramIdOrderByCreatedAtAscIdAsc(long programId);

    boolean existsByProgramIdAndTitle(long programId, String title);
}
