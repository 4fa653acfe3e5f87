/** What every catalogue page shares: the catalogue file bar with its import dialog, and the confirmation before an item is retired. */
@NullMarked
package com.programdesk.statistics.catalog.ui;

import org.jspecify.annotations.NullMarked;
