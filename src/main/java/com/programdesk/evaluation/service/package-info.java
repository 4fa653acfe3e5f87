@NullMarked
package com.programdesk.evaluation.service;

import org.jspecify.annotations.NullMarked;
