@NullMarked
package com.programdesk.team.domain;

import org.jspecify.annotations.NullMarked;
