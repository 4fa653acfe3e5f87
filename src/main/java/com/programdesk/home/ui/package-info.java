@NullMarked
package com.programdesk.home.ui;

import org.jspecify.annotations.NullMarked;
