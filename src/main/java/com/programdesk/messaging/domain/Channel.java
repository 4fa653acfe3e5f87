package com.programdesk.messaging.domain;

/** Where a message goes. */
public enum Channel {
    EMAIL
}
