/** The checklist page and its editor, where coordinators write and revise checklists. */
@NullMarked
package com.programdesk.supervision.checklists.ui;

import org.jspecify.annotations.NullMarked;
