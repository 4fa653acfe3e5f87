/** The catalogue as reporting, imports and dashboards read it: elements, categories, forms with their versions and rows, indicators, validation rules and how a report is checked against them; the catalogue file's outcome. */
@NullMarked
package com.programdesk.statistics.catalog.domain;

import org.jspecify.annotations.NullMarked;
