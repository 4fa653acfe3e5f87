@NullMarked
package com.programdesk.program.activities.ui;

import org.jspecify.annotations.NullMarked;
