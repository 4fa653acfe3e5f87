@NullMarked
package com.programdesk.institution.service;

import org.jspecify.annotations.NullMarked;
