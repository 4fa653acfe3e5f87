@NullMarked
package com.programdesk.program.domain;

import org.jspecify.annotations.NullMarked;
