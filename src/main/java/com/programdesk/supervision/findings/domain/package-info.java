/** Findings recorded at visits, the corrections institutions submit for them with their evidence, and the filters and summaries the lists show. */
@NullMarked
package com.programdesk.supervision.findings.domain;

import org.jspecify.annotations.NullMarked;
