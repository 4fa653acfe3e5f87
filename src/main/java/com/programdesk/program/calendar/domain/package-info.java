@NullMarked
package com.programdesk.program.calendar.domain;

import org.jspecify.annotations.NullMarked;
