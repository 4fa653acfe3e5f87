/** The findings list, a finding's page with its corrections and review, the hospitals' correction tasks, and the finding editor and grid the round pages embed. */
@NullMarked
package com.programdesk.supervision.findings.ui;

import org.jspecify.annotations.NullMarked;
