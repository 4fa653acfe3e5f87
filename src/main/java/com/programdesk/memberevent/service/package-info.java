@NullMarked
package com.programdesk.memberevent.service;

import org.jspecify.annotations.NullMarked;
