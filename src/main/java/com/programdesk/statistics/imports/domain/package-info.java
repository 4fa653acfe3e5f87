@NullMarked
package com.programdesk.statistics.imports.domain;

import org.jspecify.annotations.NullMarked;
