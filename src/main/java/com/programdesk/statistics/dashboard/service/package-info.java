@NullMarked
package com.programdesk.statistics.dashboard.service;

import org.jspecify.annotations.NullMarked;
