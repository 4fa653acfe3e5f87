@NullMarked
package com.programdesk.statistics.dashboard.ui.chart;

import org.jspecify.annotations.NullMarked;
