@NullMarked
package com.programdesk.program.plan.service;

import org.jspecify.annotations.NullMarked;
