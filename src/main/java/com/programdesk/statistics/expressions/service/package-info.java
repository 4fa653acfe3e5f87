/** The refusal of an expression that a maintenance service gives next to its field. */
@NullMarked
package com.programdesk.statistics.expressions.service;

import org.jspecify.annotations.NullMarked;
