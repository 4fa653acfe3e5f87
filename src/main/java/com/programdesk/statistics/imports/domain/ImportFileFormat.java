package com.programdesk.statistics.imports.domain;

/** How an imported file was read: a CSV in the encoding found in it, or an Excel workbook. */
public enum ImportFileFormat {
    CSV_UTF8, CSV_GB18030, CSV_UTF16, XLSX;

    public String messageKey() {
        return "import.format." + name();
    }
}
