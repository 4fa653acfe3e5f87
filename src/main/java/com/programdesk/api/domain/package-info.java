@NullMarked
package com.programdesk.api.domain;

import org.jspecify.annotations.NullMarked;
