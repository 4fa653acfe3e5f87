@NullMarked
package com.programdesk.statistics.dashboard.domain;

import org.jspecify.annotations.NullMarked;
