@NullMarked
package com.programdesk.api.web;

import org.jspecify.annotations.NullMarked;
