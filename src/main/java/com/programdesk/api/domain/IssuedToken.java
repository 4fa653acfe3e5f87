package com.programdesk.api.domain;

/** A new client and its token, {@code pd_…}: shown once, never stored in clear. */
public record IssuedToken(ApiClientRow client, String token) {

    @Override
    public String toString() {
        return "IssuedToken[client=" + client.name() + "]";
    }
}
