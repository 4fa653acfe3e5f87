/** Recording findings, the correction loop (submit, review, return, close) with its evidence, and who sees which finding. */
@NullMarked
package com.programdesk.supervision.findings.service;

import org.jspecify.annotations.NullMarked;
