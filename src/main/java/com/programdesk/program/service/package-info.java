@NullMarked
package com.programdesk.program.service;

import org.jspecify.annotations.NullMarked;
