/** The expression language of indicators and validation rules: numbers, #{CODE} (a split element's cells as #{CODE.OPTION}), PREV{CODE} in rules, + - * / and parentheses; its parser and problems. */
@NullMarked
package com.programdesk.statistics.expressions.domain;

import org.jspecify.annotations.NullMarked;
