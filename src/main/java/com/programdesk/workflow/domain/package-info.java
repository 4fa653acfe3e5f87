@NullMarked
package com.programdesk.workflow.domain;

import org.jspecify.annotations.NullMarked;
