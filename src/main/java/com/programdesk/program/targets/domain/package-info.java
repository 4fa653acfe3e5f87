@NullMarked
package com.programdesk.program.targets.domain;

import org.jspecify.annotations.NullMarked;
