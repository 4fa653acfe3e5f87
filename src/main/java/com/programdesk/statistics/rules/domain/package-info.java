/** Validation rules as their maintenance page edits them, and a rule's test against typed values. */
@NullMarked
package com.programdesk.statistics.rules.domain;

import org.jspecify.annotations.NullMarked;
