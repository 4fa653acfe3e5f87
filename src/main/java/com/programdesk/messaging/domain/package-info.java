@NullMarked
package com.programdesk.messaging.domain;

import org.jspecify.annotations.NullMarked;
