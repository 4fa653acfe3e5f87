/** The indicators page (指标) with its editor and preview. */
@NullMarked
package com.programdesk.statistics.indicators.ui;

import org.jspecify.annotations.NullMarked;
