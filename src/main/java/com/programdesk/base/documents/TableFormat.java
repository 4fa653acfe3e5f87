package com.programdesk.base.documents;

/** How an uploaded table was read: a CSV in the encoding found in it, or an Excel workbook. */
public enum TableFormat {
    CSV_UTF8, CSV_GB18030, CSV_UTF16, XLSX;

    public String messageKey() {
        return "import.format." + name();
    }
}
