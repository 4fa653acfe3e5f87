@NullMarked
package com.programdesk;

import org.jspecify.annotations.NullMarked;
