@NullMarked
package com.programdesk.messaging.service;

import org.jspecify.annotations.NullMarked;
