@NullMarked
package com.programdesk.demo.service;

import org.jspecify.annotations.NullMarked;
