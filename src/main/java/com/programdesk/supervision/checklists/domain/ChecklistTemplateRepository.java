package com.programdesk.supervision.checklists.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ChecklistTemplateRepository extends ListCrudRepository<ChecklistTemplate, Long> {

    List<ChecklistTemplate> findByLatestTrueOrderByName();

    List<ChecklistTemplate> findByFamilyOrderByVersionNoDesc(String family);

    Optional<ChecklistTemplate> findByFamilyAndLatestTrue(String family);
}
