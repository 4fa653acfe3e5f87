package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportSummary;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report list pages through the reports newest period first, each report exactly once. */
@ProgramDeskTest
class ReportListTest {

    @Autowired
    ReportService reports;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void theBureauPagesThroughEveryReportNewestFirst() {
        demoUsers.as("coordinator", () -> {
            int count = reports.count(ReportFilter.all());
            List<ReportSummary> all = reports.search(ReportFilter.all(), 0, count + 10);
            assertThat(all).hasSize(count).hasSizeGreaterThan(100)
                    .isSortedAccordingTo(Comparator.comparing(ReportSummary::periodStart).reversed());
            assertThat(pagesOf(ReportFilter.all(), 7)).isEqualTo(all);
            assertThat(reports.search(ReportFilter.all(), count, 50)).isEmpty();
            assertThat(reports.search(ReportFilter.all(), 0, 0)).isEmpty();
        });
    }

    @Test
    void aHospitalPagesThroughItsOwnReportsOnly() {
        demoUsers.as("mch.staff", () -> {
            int count = reports.count(ReportFilter.all());
            List<ReportSummary> pages = pagesOf(ReportFilter.all(), 5);
            assertThat(pages).hasSize(count).extracting(ReportSummary::institutionName).containsOnly("乐清市妇幼保健院");
            assertThat(pages).isEqualTo(reports.search(ReportFilter.all(), 0, count));
        });
    }

    private List<ReportSummary> pagesOf(ReportFilter filter, int size) {
        List<ReportSummary> result = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<ReportSummary> page = reports.search(filter, offset, size);
            result.addAll(page);
            if (page.size() < size) {
                return result;
            }
        }
    }
}
