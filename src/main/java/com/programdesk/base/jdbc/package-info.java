/** How the application reaches its database: connections fetched only when a statement needs one, reads without transactions of their own, many rows in one insert. */
@NullMarked
package com.programdesk.base.jdbc;

import org.jspecify.annotations.NullMarked;
