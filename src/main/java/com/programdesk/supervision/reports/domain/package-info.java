/** A round's report: per institution the items checked and their results, and the findings with their status. */
@NullMarked
package com.programdesk.supervision.reports.domain;

import org.jspecify.annotations.NullMarked;
