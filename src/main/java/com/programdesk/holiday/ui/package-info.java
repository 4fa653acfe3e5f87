@NullMarked
package com.programdesk.holiday.ui;

import org.jspecify.annotations.NullMarked;
