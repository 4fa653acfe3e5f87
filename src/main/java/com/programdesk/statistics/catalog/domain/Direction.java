package com.programdesk.statistics.catalog.domain;

/** Which way an indicator should move: awareness rising is good, the repeat abortion rate falling. */
public enum Direction {
    RISING_IS_GOOD, FALLING_IS_GOOD;

    public String messageKey() {
        return "indicator.direction." + name();
    }
}
