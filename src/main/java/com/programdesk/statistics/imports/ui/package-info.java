@NullMarked
package com.programdesk.statistics.imports.ui;

import org.jspecify.annotations.NullMarked;
