@NullMarked
package com.programdesk.attachment.ui;

import org.jspecify.annotations.NullMarked;
