@NullMarked
package com.programdesk.evaluation.domain;

import org.jspecify.annotations.NullMarked;
