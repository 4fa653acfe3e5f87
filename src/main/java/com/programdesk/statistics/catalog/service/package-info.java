@NullMarked
package com.programdesk.statistics.catalog.service;

import org.jspecify.annotations.NullMarked;
