@NullMarked
package com.programdesk.task.domain;

import org.jspecify.annotations.NullMarked;
