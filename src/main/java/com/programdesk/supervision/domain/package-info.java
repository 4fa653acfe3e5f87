@NullMarked
package com.programdesk.supervision.domain;

import org.jspecify.annotations.NullMarked;
