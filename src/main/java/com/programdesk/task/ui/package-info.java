@NullMarked
package com.programdesk.task.ui;

import org.jspecify.annotations.NullMarked;
