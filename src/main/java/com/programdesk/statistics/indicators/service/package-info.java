/** Keeping indicators: their expressions checked against the catalogue, who keeps them, the preview. */
@NullMarked
package com.programdesk.statistics.indicators.service;

import org.jspecify.annotations.NullMarked;
