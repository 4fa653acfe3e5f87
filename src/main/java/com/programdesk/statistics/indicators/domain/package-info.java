/** Indicators as their maintenance page edits them, and the preview of an indicator's figure. */
@NullMarked
package com.programdesk.statistics.indicators.domain;

import org.jspecify.annotations.NullMarked;
