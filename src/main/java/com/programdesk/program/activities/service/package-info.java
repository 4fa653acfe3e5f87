@NullMarked
package com.programdesk.program.activities.service;

import org.jspecify.annotations.NullMarked;
