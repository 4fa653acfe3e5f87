@NullMarked
package com.programdesk.team.ui;

import org.jspecify.annotations.NullMarked;
