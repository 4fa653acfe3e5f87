package com.programdesk.program.calendar.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

public interface ObservanceDayRepository extends ListCrudRepository<ObservanceDay, Long>, ListPagingAndSortingRepository<ObservanceDay, Long> {

    List<ObservanceDay> findByActiveTrueOrderByMonthOfYearAscDayOfMonthAsc();
}
