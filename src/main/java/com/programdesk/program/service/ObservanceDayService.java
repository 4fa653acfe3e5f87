package com.programdesk.program.service;

import com.programdesk.program.domain.ObservanceDay;
import com.programdesk.program.domain.ObservanceDayRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recurring observance days shown on the calendar every year (a short list kept by administrators). */
@Service
@Transactional(readOnly = true)
public class ObservanceDayService {

    private final ObservanceDayRepository repository;

    ObservanceDayService(ObservanceDayRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ObservanceDay> active() {
        return repository.findByActiveTrueOrderByMonthOfYearAscDayOfMonthAsc();
    }
}
