@NullMarked
package com.programdesk.security;

import org.jspecify.annotations.NullMarked;
