@NullMarked
package com.programdesk.team.service;

import org.jspecify.annotations.NullMarked;
