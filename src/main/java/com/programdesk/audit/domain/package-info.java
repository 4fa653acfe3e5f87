@NullMarked
package com.programdesk.audit.domain;

import org.jspecify.annotations.NullMarked;
