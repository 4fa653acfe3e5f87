package com.programdesk.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers every page and resource gets (README, "Security"). The policy is as tight
 * as the Vaadin client allows; what it needs, and why, is said at each source.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            // Vaadin's bootstrap page carries inline scripts, and the Flow client runs server-side
            // executeJs (print, SVG charts, calendar grid) through new Function(): without
            // 'unsafe-inline' and 'unsafe-eval' no view renders. No script comes from elsewhere.
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            // Lumo and the web components inject <style> elements and style attributes
            "style-src 'self' 'unsafe-inline'",
            // SVG charts and Lumo icons are data: URLs, uploaded photos are previewed from blob: URLs
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-src 'self'",
            "frame-ancestors 'self'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Features the app never uses, switched off for every page and anything embedded in one. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "hid=()", "midi=()", "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()",
            "browsing-topics=()", "fullscreen=(self)");

    /**
     * Vaadin pages are answered through a servlet forward, which commits the response behind Spring Security's
     * back: headers written "on commit" (the default) never reach the browser. Written first, they do; a static
     * resource that sets its own Cache-Control still replaces ours.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_BEFORE_VAADIN = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    /**
     * Vaadin's bundle (every name carries its content's hash), Lumo's and the app's style sheets and the icons:
     * Vaadin answers them with their own {@code Cache-Control}. Written first, Spring's {@code Pragma: no-cache}
     * and {@code Expires: 0} would stay beside it, and Chromium then asks again for every script and style sheet on
     * every page, the page after the login too (docs/benchmarks.md, "Tenth round").
     */
    private static final RequestMatcher CACHED_BY_VAADIN = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/VAADIN/build/**"),
            PathPatternRequestMatcher.pathPattern("/lumo/**"),
            PathPatternRequestMatcher.pathPattern("/styles/**"),
            PathPatternRequestMatcher.pathPattern("/icons/**"));

    private SecurityHeaders() {
    }

    /**
     * Spring Security's defaults stay: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}
     * (with {@code Pragma} and {@code Expires}) on every response but the static files Vaadin caches (pages, UIDL,
     * downloads), and HSTS on requests that arrived over TLS (directly or, with
     * {@code server.forward-headers-strategy}, at the proxy). {@code X-Frame-Options} says what frame-ancestors
     * says, for older browsers.
     */
    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addObjectPostProcessor(WRITE_BEFORE_VAADIN));
        http.headers(headers -> headers
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(CACHED_BY_VAADIN), new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000)));
    }
}
