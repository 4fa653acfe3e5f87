package com.programdesk.program.calendar.service;

import com.programdesk.base.documents.Xlsx;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.service.ActivityQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import com.programdesk.security.service.CurrentUser;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's filtered list as an Excel sheet (Chinese headers) or an iCalendar file. Rows
 * stream from the database to the output; nothing holds the whole list.
 */
@Service
@Transactional(readOnly = true)
public class ActivityExport {

    static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ActivityExport(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * Writes the activities of [from, to] matching the filter as .xlsx.
     *
     * @param labels translates enum message keys and column headers into the user's language
     */
    @PreAuthorize("isAuthenticated()")
    public void writeXlsx(LocalDate from, LocalDate to, ActivityFilter filter, Function<String, String> labels, OutputStream out) {
        Xlsx.write(out, workbook -> {
            Worksheet sheet = workbook.newWorksheet(labels.apply("export.sheet"));
            List<String> headers = List.of("export.column.start", "export.column.end", "export.column.title", "export.column.type",
                    "export.column.status", "export.column.place", "export.column.organiser", "export.column.planned",
                    "export.column.actual", "export.column.outcome");
            Xlsx.headerRow(sheet, 0, headers.stream().map(labels).toList());
            int[] row = {1};
            rows(from, to, filter, currentUser.areaPattern(), rs -> {
                int r = row[0]++;
                LocalDateTime start = rs.getObject("starts_at", LocalDateTime.class);
                LocalDateTime end = rs.getObject("ends_at", LocalDateTime.class);
                if (start != null) {
                    sheet.value(r, 0, start);
                    sheet.style(r, 0).format("yyyy-mm-dd hh:mm").set();
                } else {
                    sheet.value(r, 0, rs.getObject("window_start", LocalDate.class) + " ~ " + rs.getObject("window_end", LocalDate.class));
                }
                if (end != null) {
                    sheet.value(r, 1, end);
                    sheet.style(r, 1).format("yyyy-mm-dd hh:mm").set();
                }
                sheet.value(r, 2, rs.getString("title"));
                sheet.value(r, 3, labels.apply("activity.type." + rs.getString("type")));
                sheet.value(r, 4, labels.apply("activity.status." + rs.getString("status")));
                sheet.value(r, 5, rs.getString("place"));
                sheet.value(r, 6, rs.getString("organiser"));
                setNumber(sheet, r, 7, (Integer) rs.getObject("planned_attendance"));
                setNumber(sheet, r, 8, (Integer) rs.getObject("actual_attendance"));
                sheet.value(r, 9, rs.getString("outcome_note"));
            });
            sheet.width(0, 18);
            sheet.width(1, 18);
            sheet.width(2, 40);
            sheet.width(6, 24);
            sheet.freezePane(0, 1);
        });
    }

    /** Writes the activities of [from, to] matching the filter as an iCalendar (RFC 5545) file. */
    @PreAuthorize("isAuthenticated()")
    public void writeIcs(LocalDate from, LocalDate to, ActivityFilter filter, String calendarName, Writer out) {
        writeCalendar(from, to, filter, currentUser.areaPattern(), calendarName, out);
    }

    /**
     * The same file for a subscription feed; the caller has checked the feed's token and passes the
     * area scope of the feed's owner (null: no limit).
     */
    void writeCalendar(LocalDate from, LocalDate to, ActivityFilter filter, @Nullable String areaPattern, String calendarName,
                       Writer out) {
        try {
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Program Desk//Activity calendar//ZH\r\nCALSCALE:GREGORIAN\r\n");
            out.write(fold("X-WR-CALNAME:" + escape(calendarName)));
            out.write("X-WR-TIMEZONE:Asia/Shanghai\r\n");
            // China has kept UTC+8 without daylight saving since 1991
            out.write("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                    + "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
            String stamp = ICS_TIME.format(LocalDateTime.now());
            rows(from, to, filter, areaPattern, rs -> {
                try {
                    LocalDateTime start = rs.getObject("starts_at", LocalDateTime.class);
                    LocalDateTime end = rs.getObject("ends_at", LocalDateTime.class);
                    StringBuilder event = new StringBuilder("BEGIN:VEVENT\r\n");
                    event.append("UID:activity-").append(rs.getLong("id")).append("@programdesk\r\n");
                    event.append("DTSTAMP:").append(stamp).append("\r\n");
                    if (start != null) {
                        event.append("DTSTART;TZID=Asia/Shanghai:").append(ICS_TIME.format(start)).append("\r\n");
                        event.append("DTEND;TZID=Asia/Shanghai:").append(ICS_TIME.format(end != null ? end : start.plusHours(1))).append("\r\n");
                    } else {
                        event.append("DTSTART;VALUE=DATE:").append(ICS_DATE.format(rs.getObject("window_start", LocalDate.class))).append("\r\n");
                        event.append("DTEND;VALUE=DATE:").append(ICS_DATE.format(rs.getObject("window_end", LocalDate.class).plusDays(1))).append("\r\n");
                    }
                    event.append(fold("SUMMARY:" + escape(rs.getString("title"))));
                    if (rs.getString("place") != null) {
                        event.append(fold("LOCATION:" + escape(rs.getString("place"))));
                    }
                    event.append(fold("DESCRIPTION:" + escape(rs.getString("organiser"))));
                    event.append("STATUS:").append(switch (rs.getString("status")) {
                        case "CANCELLED" -> "CANCELLED";
                        case "PLANNED" -> "TENTATIVE";
                        default -> "CONFIRMED";
                    }).append("\r\nEND:VEVENT\r\n");
                    out.write(event.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write("END:VCALENDAR\r\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rows(LocalDate from, LocalDate to, ActivityFilter filter, @Nullable String areaPattern,
                      org.springframework.jdbc.core.RowCallbackHandler handler) {
        Map<String, Object> params = new HashMap<>();
        String where = ActivityQueries.where("1 = 1", from, to, filter, areaPattern, params);
        params.put("limit", MAX_ROWS);
        jdbc.sql("SELECT a.*, i.name_zh AS organiser FROM activity a JOIN institution i ON i.id = a.organiser_id WHERE " + where
                + " ORDER BY a.window_start, a.starts_at, a.id LIMIT :limit").params(params).query(handler);
    }

    private static void setNumber(Worksheet sheet, int row, int column, Integer value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Lines longer than 75 octets are folded (RFC 5545 §3.1), without splitting a UTF-8 character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }
}
