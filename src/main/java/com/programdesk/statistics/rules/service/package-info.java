/** Keeping a form's validation rules: their expressions, the copy a new form version gets, tests. */
@NullMarked
package com.programdesk.statistics.rules.service;

import org.jspecify.annotations.NullMarked;
