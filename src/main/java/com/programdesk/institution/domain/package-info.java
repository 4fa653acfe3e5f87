@NullMarked
package com.programdesk.institution.domain;

import org.jspecify.annotations.NullMarked;
