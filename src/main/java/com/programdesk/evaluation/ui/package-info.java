@NullMarked
package com.programdesk.evaluation.ui;

import org.jspecify.annotations.NullMarked;
