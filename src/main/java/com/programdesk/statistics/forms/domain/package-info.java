/** Report forms as their maintenance page edits them: schedule, approval levels, rows and versions. */
@NullMarked
package com.programdesk.statistics.forms.domain;

import org.jspecify.annotations.NullMarked;
