@NullMarked
package com.programdesk.memberevent.ui;

import org.jspecify.annotations.NullMarked;
