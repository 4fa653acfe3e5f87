@NullMarked
package com.programdesk.practice.service;

import org.jspecify.annotations.NullMarked;
