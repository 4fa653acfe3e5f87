@NullMarked
package com.programdesk.holiday.service;

import org.jspecify.annotations.NullMarked;
