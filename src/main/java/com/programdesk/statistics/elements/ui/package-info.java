/** The pages of data elements (数据元) and categories (分类) with their editors. */
@NullMarked
package com.programdesk.statistics.elements.ui;

import org.jspecify.annotations.NullMarked;
