@NullMarked
package com.programdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
