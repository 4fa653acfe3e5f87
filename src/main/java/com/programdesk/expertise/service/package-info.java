@NullMarked
package com.programdesk.expertise.service;

import org.jspecify.annotations.NullMarked;
