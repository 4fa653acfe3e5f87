@NullMarked
package com.programdesk.program.targets.ui;

import org.jspecify.annotations.NullMarked;
