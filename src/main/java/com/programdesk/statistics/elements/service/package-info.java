/** Keeping data elements and categories with their options: checks, who keeps them, the cells a split element has. */
@NullMarked
package com.programdesk.statistics.elements.service;

import org.jspecify.annotations.NullMarked;
