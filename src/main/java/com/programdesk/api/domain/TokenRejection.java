package com.programdesk.api.domain;

/** Why a request's token was not accepted; each is answered with 401 and its own reason. */
public enum TokenRejection {
    MISSING, MALFORMED, UNKNOWN, EXPIRED, REVOKED;

    public String messageKey() {
        return "api.error.token." + name();
    }
}
