/** Keeping report forms: versions valid from a period, rows, approval levels, who keeps them. */
@NullMarked
package com.programdesk.statistics.forms.service;

import org.jspecify.annotations.NullMarked;
