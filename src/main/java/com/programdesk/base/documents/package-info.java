@NullMarked
package com.programdesk.base.documents;

import org.jspecify.annotations.NullMarked;
