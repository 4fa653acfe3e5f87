@NullMarked
package com.programdesk.program.targets.service;

import org.jspecify.annotations.NullMarked;
