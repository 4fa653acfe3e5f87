/** The pages a round is run from: the round list and plan editor, a round's page (visits, findings, report) and the visit page where the checklist is filled in and findings are recorded. */
@NullMarked
package com.programdesk.supervision.fieldwork.ui;

import org.jspecify.annotations.NullMarked;
