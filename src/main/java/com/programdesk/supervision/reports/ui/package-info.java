/** The report tab of a round's page, with its downloads. */
@NullMarked
package com.programdesk.supervision.reports.ui;

import org.jspecify.annotations.NullMarked;
