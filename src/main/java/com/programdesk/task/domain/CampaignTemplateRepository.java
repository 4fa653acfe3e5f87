package com.programdesk.task.domain;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

public interface CampaignTemplateRepository extends ListCrudRepository<CampaignTemplate, Long>, ListPagingAndSortingRepository<CampaignTemplate, Long> {
}
