/** Reading and keeping the area tree, and the scope "this area and everything below". */
@NullMarked
package com.programdesk.area.service;

import org.jspecify.annotations.NullMarked;
