@NullMarked
package com.programdesk.user.domain;

import org.jspecify.annotations.NullMarked;
