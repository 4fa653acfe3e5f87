package com.programdesk.statistics.reporting.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface StatReportRepository extends ListCrudRepository<StatReport, Long> {

    Optional<StatReport> findByReportFormIdAndInstitutionIdAndPeriodStart(long reportFormId, long institutionId, LocalDate periodStart);
}
