@NullMarked
package com.programdesk.program.activities.domain;

import org.jspecify.annotations.NullMarked;
