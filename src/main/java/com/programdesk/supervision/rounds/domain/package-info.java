/** Supervision rounds (督导) with their institutions and inspectors, and the visits of a round with the checklist result of each item. */
@NullMarked
package com.programdesk.supervision.rounds.domain;

import org.jspecify.annotations.NullMarked;
