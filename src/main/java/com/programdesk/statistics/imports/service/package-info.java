@NullMarked
package com.programdesk.statistics.imports.service;

import org.jspecify.annotations.NullMarked;
