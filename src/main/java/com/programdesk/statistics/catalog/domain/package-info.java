@NullMarked
package com.programdesk.statistics.catalog.domain;

import org.jspecify.annotations.NullMarked;
