@NullMarked
package com.programdesk.attachment.service;

import org.jspecify.annotations.NullMarked;
