@NullMarked
package com.programdesk.statistics.reporting.service;

import org.jspecify.annotations.NullMarked;
