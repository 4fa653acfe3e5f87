@NullMarked
package com.programdesk.api.service;

import org.jspecify.annotations.NullMarked;
