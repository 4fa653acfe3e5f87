@NullMarked
package com.programdesk.memberevent.domain;

import org.jspecify.annotations.NullMarked;
