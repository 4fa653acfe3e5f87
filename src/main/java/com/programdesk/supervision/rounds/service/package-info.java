/** Planning and moving rounds, who sees and records them, and recording visits with their photos; the findings and the report build on it. */
@NullMarked
package com.programdesk.supervision.rounds.service;

import org.jspecify.annotations.NullMarked;
