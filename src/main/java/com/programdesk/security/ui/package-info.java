@NullMarked
package com.programdesk.security.ui;

import org.jspecify.annotations.NullMarked;
