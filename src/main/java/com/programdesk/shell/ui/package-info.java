@NullMarked
package com.programdesk.shell.ui;

import org.jspecify.annotations.NullMarked;
