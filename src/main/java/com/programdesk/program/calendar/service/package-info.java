@NullMarked
package com.programdesk.program.calendar.service;

import org.jspecify.annotations.NullMarked;
