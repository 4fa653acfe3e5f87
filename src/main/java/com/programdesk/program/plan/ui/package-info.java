@NullMarked
package com.programdesk.program.plan.ui;

import org.jspecify.annotations.NullMarked;
