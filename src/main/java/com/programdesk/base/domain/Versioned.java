package com.programdesk.base.domain;

/** An aggregate with an optimistic-locking version (a {@code @Version} column). */
public interface Versioned {

    Integer getVersion();
}
