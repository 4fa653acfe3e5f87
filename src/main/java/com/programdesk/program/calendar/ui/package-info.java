@NullMarked
package com.programdesk.program.calendar.ui;

import org.jspecify.annotations.NullMarked;
