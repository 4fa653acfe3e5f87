@NullMarked
package com.programdesk.practice.ui;

import org.jspecify.annotations.NullMarked;
