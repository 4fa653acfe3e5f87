@NullMarked
package com.programdesk.security.service;

import org.jspecify.annotations.NullMarked;
