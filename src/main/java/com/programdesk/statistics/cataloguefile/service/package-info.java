/** The catalogue as a file (目录文件): export to JSON and the checked, all-or-nothing import through the maintenance services. */
@NullMarked
package com.programdesk.statistics.cataloguefile.service;

import org.jspecify.annotations.NullMarked;
