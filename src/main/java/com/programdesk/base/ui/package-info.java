@NullMarked
package com.programdesk.base.ui;

import org.jspecify.annotations.NullMarked;
