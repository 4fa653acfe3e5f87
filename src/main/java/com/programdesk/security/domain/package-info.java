@NullMarked
package com.programdesk.security.domain;

import org.jspecify.annotations.NullMarked;
