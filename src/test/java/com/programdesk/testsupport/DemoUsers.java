package com.programdesk.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Acts as one of the demo users, with exactly the principal the application builds at login
 * (so the reachable institutions are the real ones).
 */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Demo-2024-pass";

    private final UserDetailsService userDetailsService;

    DemoUsers(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    /** Logs {@code username} in for the rest of the test (until {@link #logout()}). */
    public void login(String username) {
        UserDetails details = userDetailsService.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        login(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
