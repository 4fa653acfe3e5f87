@NullMarked
package com.programdesk.institution.ui;

import org.jspecify.annotations.NullMarked;
