@NullMarked
package com.programdesk.expertise.domain;

import org.jspecify.annotations.NullMarked;
