@NullMarked
package com.programdesk.user.service;

import org.jspecify.annotations.NullMarked;
