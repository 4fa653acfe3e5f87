/** Keeping a training's roster and sessions, signing in by phone, attendance, certificates and the sheets to print. */
@NullMarked
package com.programdesk.training.service;

import org.jspecify.annotations.NullMarked;
