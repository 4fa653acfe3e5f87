/** Trainings: a training activity's roster, its sessions with their sign-in codes, the sign-ins and the results. */
@NullMarked
package com.programdesk.training.domain;

import org.jspecify.annotations.NullMarked;
