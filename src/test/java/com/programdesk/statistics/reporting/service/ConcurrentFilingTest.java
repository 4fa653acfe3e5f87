package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many institutions save their new monthly reports at the same moment (the end of the month):
 * every one of them is saved. The load test found them deadlocking on each other's values.
 */
@ProgramDeskTest
class ConcurrentFilingTest {

    private static final int HOSPITALS = 6;
    private static final int MONTHS = 6;

    @Autowired
    ReportFixture fixture;

    @Test
    void sixHospitalsSavingNewMonthsAtOnceAreAllSaved() throws Exception {
        List<Long> hospitals = new ArrayList<>();
        for (int i = 1; i <= HOSPITALS; i++) {
            hospitals.add(fixture.hospital("T-CONC-" + i, "测试并发医院" + i));
        }
        CyclicBarrier together = new CyclicBarrier(HOSPITALS);
        ExecutorService filers = Executors.newFixedThreadPool(HOSPITALS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long hospital : hospitals) {
                done.add(filers.submit(() -> {
                    for (int m = 0; m < MONTHS; m++) {
                        together.await(30, TimeUnit.SECONDS);
                        fixture.draft(hospital, LocalDate.of(2020, 7 + m, 1), 10 + m, 1, 5);
                    }
                    return null;
                }));
            }
            for (Future<?> filer : done) {
                filer.get(120, TimeUnit.SECONDS); // rethrows a filer's failure, e.g. a deadlock
            }
        } finally {
            filers.shutdownNow();
        }
        assertThat(fixture.jdbc.sql("""
                SELECT COUNT(DISTINCT r.id) FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id
                WHERE r.institution_id IN (:hospitals) AND r.period_start BETWEEN '2020-07-01' AND '2020-12-01'""")
                .param("hospitals", hospitals).query(Integer.class).single()).isEqualTo(HOSPITALS * MONTHS);
    }
}
