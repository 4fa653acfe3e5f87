@NullMarked
package com.programdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
