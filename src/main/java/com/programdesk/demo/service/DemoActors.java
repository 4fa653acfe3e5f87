package com.programdesk.demo.service;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets the demo data act as the demo users, so every step goes through the same rules as theirs. Each user is read once
 * (the demo data switches users several times per report; nobody changes a demo user while it is written).
 */
@Component
class DemoActors {

    private final UserDetailsService accounts;
    private final Map<String, UserDetails> users = new HashMap<>();

    DemoActors(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.computeIfAbsent(username, accounts::loadUserByUsername);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
