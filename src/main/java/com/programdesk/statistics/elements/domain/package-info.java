/** Data elements and categories as their maintenance pages edit them. */
@NullMarked
package com.programdesk.statistics.elements.domain;

import org.jspecify.annotations.NullMarked;
