/** The administrators' area tree, its import, and the area picker other forms use. */
@NullMarked
package com.programdesk.area.ui;

import org.jspecify.annotations.NullMarked;
