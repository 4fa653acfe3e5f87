package com.programdesk.supervision.service;

import com.programdesk.supervision.domain.RoundReport;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** TEMPORARY STUB, replaced by the real renderer on merge. */
@Component
public class RoundReportDocuments {

    public void writePdf(RoundReport report, Function<String, String> labels, Locale locale, OutputStream out) {
        throw new UnsupportedOperationException();
    }

    public void writeXlsx(RoundReport report, Function<String, String> labels, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
