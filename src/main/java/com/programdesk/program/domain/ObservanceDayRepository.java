package com.programdesk.program.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ObservanceDayRepository extends ListCrudRepository<ObservanceDay, Long> {

    List<ObservanceDay> findByActiveTrueOrderByMonthOfYearAscDayOfMonthAsc();
}
