@NullMarked
package com.programdesk.base.embeddeddb;

import org.jspecify.annotations.NullMarked;
