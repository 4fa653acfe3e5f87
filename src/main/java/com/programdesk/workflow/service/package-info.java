@NullMarked
package com.programdesk.workflow.service;

import org.jspecify.annotations.NullMarked;
