/** The administrative tree (行政区划): provinces, cities, counties and townships with their official codes. */
@NullMarked
package com.programdesk.area.domain;

import org.jspecify.annotations.NullMarked;
