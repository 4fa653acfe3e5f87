@NullMarked
package com.programdesk.api.ui;

import org.jspecify.annotations.NullMarked;
