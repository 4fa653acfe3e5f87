@NullMarked
package com.programdesk.notification.domain;

import org.jspecify.annotations.NullMarked;
