@NullMarked
package com.programdesk.expertise.ui;

import org.jspecify.annotations.NullMarked;
