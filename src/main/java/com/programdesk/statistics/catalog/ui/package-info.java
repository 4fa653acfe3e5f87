/** The catalogue pages: data elements kept by administrators and coordinators. */
@NullMarked
package com.programdesk.statistics.catalog.ui;

import org.jspecify.annotations.NullMarked;
