/** Building a round's report and writing it as a PDF or spreadsheet. */
@NullMarked
package com.programdesk.supervision.reports.service;

import org.jspecify.annotations.NullMarked;
