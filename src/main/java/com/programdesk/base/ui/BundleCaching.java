package com.programdesk.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the browser keep Vaadin's bundle for a year without asking again. Every file under {@code /VAADIN/build/}
 * carries its content's hash in its name, and the page that names them is never cached, so a new version is new
 * names. Vaadin answers them with {@code max-age=3600}: after an hour every page would ask again for each of its
 * twenty scripts, one chain of answers after the other (docs/benchmarks.md, "Tenth round"). Only a caching that
 * Vaadin itself chose is lengthened; in development mode it chooses none.
 */
@Component
class BundleCaching extends OncePerRequestFilter {

    private static final String BUNDLE = "/VAADIN/build/";
    private static final String A_YEAR_UNCHANGED = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + BUNDLE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, lengthened(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, lengthened(name, value));
            }
        });
    }

    private static String lengthened(String name, String value) {
        return CACHE_CONTROL.equalsIgnoreCase(name) && value != null && value.startsWith("max-age=") ? A_YEAR_UNCHANGED : value;
    }
}
