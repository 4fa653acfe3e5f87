@NullMarked
package com.programdesk.practice.domain;

import org.jspecify.annotations.NullMarked;
