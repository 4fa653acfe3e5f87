@NullMarked
package com.programdesk.notification.service;

import org.jspecify.annotations.NullMarked;
