@NullMarked
package com.programdesk.task.service;

import org.jspecify.annotations.NullMarked;
