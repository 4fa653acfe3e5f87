@NullMarked
package com.programdesk.program.plan.domain;

import org.jspecify.annotations.NullMarked;
