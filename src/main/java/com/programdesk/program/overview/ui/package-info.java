@NullMarked
package com.programdesk.program.overview.ui;

import org.jspecify.annotations.NullMarked;
