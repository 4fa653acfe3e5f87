@NullMarked
package com.programdesk.supervision.ui;

import org.jspecify.annotations.NullMarked;
