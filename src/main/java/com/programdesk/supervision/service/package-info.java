@NullMarked
package com.programdesk.supervision.service;

import org.jspecify.annotations.NullMarked;
