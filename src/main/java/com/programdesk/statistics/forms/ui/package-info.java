/** The report forms page (报表维护) with its editor, and a form's validation rules page with the rule editor. */
@NullMarked
package com.programdesk.statistics.forms.ui;

import org.jspecify.annotations.NullMarked;
