package com.programdesk.program.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff take the calendar with them: an Excel list, an .ics file, or a private feed for their phone. */
@ProgramDeskTest
class CalendarExportTest {

    private static final LocalDate DECEMBER = LocalDate.of(2023, 12, 1);
    private static final Map<String, String> LABELS = Map.of("export.column.title", "活动名称", "activity.type.CAMPAIGN_DAY", "主题宣传日");

    @Autowired
    ActivityExport export;
    @Autowired
    CalendarSubscriptionService subscriptions;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void theExcelListHasChineseHeadersAndOnlyTheFilteredActivities() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ActivityFilter campaigns = new ActivityFilter(null, ActivityType.CAMPAIGN_DAY, null, null, null);

        demoUsers.as("viewer", () -> export.writeXlsx(DECEMBER, DECEMBER.plusMonths(1).minusDays(1), campaigns,
                key -> LABELS.getOrDefault(key, key), xlsx));

        String sheet = sheetText(xlsx.toByteArray());
        assertThat(sheet).contains("活动名称", "“12.1 世界艾滋病日”主题宣传活动", "主题宣传日", "乐清市计划生育协会");
        assertThat(sheet).doesNotContain("专题讲座");
    }

    @Test
    void theIcsFileHasOneEventPerActivityWithFoldedLines() {
        StringWriter ics = new StringWriter();

        demoUsers.as("mch.staff", () -> export.writeIcs(DECEMBER, DECEMBER.plusMonths(1).minusDays(1), ActivityFilter.none(), "活动日历", ics));

        String text = ics.toString();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text).contains("SUMMARY:“12.1 世界艾滋病日”主题宣传活动", "DTSTART;TZID=Asia/Shanghai:20231201T090000", "STATUS:CONFIRMED");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        long events = text.lines().filter("BEGIN:VEVENT"::equals).count();
        assertThat(events).isGreaterThan(5);
    }

    @Test
    void aFeedLinkWorksUntilItIsRevokedOrRenewed() {
        String first = demoUsers.as("mch.staff", subscriptions::renew);
        assertThat(subscriptions.feed(first)).get().asString().contains("BEGIN:VCALENDAR");

        String second = demoUsers.as("mch.staff", subscriptions::renew);
        assertThat(subscriptions.feed(first)).isEmpty();
        assertThat(subscriptions.feed(second)).isPresent();

        demoUsers.as("mch.staff", subscriptions::revoke);
        assertThat(subscriptions.feed(second)).isEmpty();
        assertThat(subscriptions.feed("a".repeat(43))).isEmpty();
        assertThat(second).hasSizeGreaterThanOrEqualTo(43);
    }

    private static String sheetText(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            StringBuilder text = new StringBuilder();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            // the writer stores non-ASCII text as XML character references (&#x6d3b;)
            return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                    .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
