@NullMarked
package com.programdesk.statistics.reporting.ui;

import org.jspecify.annotations.NullMarked;
