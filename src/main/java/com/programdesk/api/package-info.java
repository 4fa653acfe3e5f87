@NullMarked
package com.programdesk.api;

import org.jspecify.annotations.NullMarked;
