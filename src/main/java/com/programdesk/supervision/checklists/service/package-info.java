/** Saving checklists: a saved version never changes, an edit saves the next version. */
@NullMarked
package com.programdesk.supervision.checklists.service;

import org.jspecify.annotations.NullMarked;
