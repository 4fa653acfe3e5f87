@NullMarked
package com.programdesk.user.ui;

import org.jspecify.annotations.NullMarked;
