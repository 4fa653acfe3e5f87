@NullMarked
package com.programdesk.audit.service;

import org.jspecify.annotations.NullMarked;
