@NullMarked
package com.programdesk.base.domain;

import org.jspecify.annotations.NullMarked;
