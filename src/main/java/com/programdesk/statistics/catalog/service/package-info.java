/** The read side of the catalogue (StatisticsCatalog), who keeps an item, and what the catalogue file bar asks of the file; the sub-features of the catalogue build on it. */
@NullMarked
package com.programdesk.statistics.catalog.service;

import org.jspecify.annotations.NullMarked;
