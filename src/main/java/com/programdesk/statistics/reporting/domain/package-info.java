@NullMarked
package com.programdesk.statistics.reporting.domain;

import org.jspecify.annotations.NullMarked;
