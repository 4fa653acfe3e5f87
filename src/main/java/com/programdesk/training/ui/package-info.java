/** The organiser's training page (roster, sessions with their QR code, the live sign-in sheet, results) and the trainee's sign-in page. */
@NullMarked
package com.programdesk.training.ui;

import org.jspecify.annotations.NullMarked;
