@NullMarked
package com.programdesk.program.ui;

import org.jspecify.annotations.NullMarked;
