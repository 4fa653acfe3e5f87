@NullMarked
package com.programdesk.base.service;

import org.jspecify.annotations.NullMarked;
