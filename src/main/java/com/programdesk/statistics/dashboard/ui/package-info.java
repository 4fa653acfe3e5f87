@NullMarked
package com.programdesk.statistics.dashboard.ui;

import org.jspecify.annotations.NullMarked;
