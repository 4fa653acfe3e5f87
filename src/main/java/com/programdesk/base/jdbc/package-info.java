/** How the application reaches its database: connections fetched only when a statement needs one. */
@NullMarked
package com.programdesk.base.jdbc;

import org.jspecify.annotations.NullMarked;
