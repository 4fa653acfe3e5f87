/** Supervision checklists: a versioned template of items (category, text, guidance, optional score) that rounds and visits refer to. */
@NullMarked
package com.programdesk.supervision.checklists.domain;

import org.jspecify.annotations.NullMarked;
