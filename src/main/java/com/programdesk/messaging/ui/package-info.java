@NullMarked
package com.programdesk.messaging.ui;

import org.jspecify.annotations.NullMarked;
