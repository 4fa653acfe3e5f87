@NullMarked
package com.programdesk.attachment.domain;

import org.jspecify.annotations.NullMarked;
