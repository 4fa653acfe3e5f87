package com.programdesk.api.web;

import com.programdesk.api.service.ApiClientService;
import com.programdesk.api.service.ApiRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API's own security chain, ahead of Vaadin's: everything under {@code /api/} is stateless (no
 * session, no cookie, so no CSRF), authenticated by a bearer token ({@link ApiTokenFilter}) and
 * authorized by scope ({@link ApiEndpoints}); the OpenAPI document and its page are public. No CORS:
 * browsers of other origins cannot call it. Its headers allow the documentation page's own scripts and
 * styles and nothing from elsewhere.
 */
@Configuration
class ApiSecurityConfiguration {

    /** Swagger UI's page loads its scripts and styles from this server and sets inline styles; nothing else is needed. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
            "connect-src 'self'", "font-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiClientService clients, ApiRateLimiter limiter, ApiProblems problems)
            throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(ApiEndpoints.PUBLIC).permitAll();
            for (ApiEndpoints.Rule rule : ApiEndpoints.RULES) {
                if (rule.scope() == null) {
                    requests.requestMatchers(rule.matcher()).authenticated();
                } else {
                    requests.requestMatchers(rule.matcher()).hasAuthority(rule.scope().authority());
                }
            }
            requests.anyRequest().authenticated();
        });
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(AbstractHttpConfigurer::disable);
        http.cors(AbstractHttpConfigurer::disable);
        http.requestCache(AbstractHttpConfigurer::disable);
        http.anonymous(AbstractHttpConfigurer::disable);
        http.formLogin(AbstractHttpConfigurer::disable);
        http.httpBasic(AbstractHttpConfigurer::disable);
        http.logout(AbstractHttpConfigurer::disable);
        http.addFilterBefore(new ApiTokenFilter(clients, limiter, problems), ExceptionTranslationFilter.class);
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, e) -> problems.write(response,
                        problems.problem(request, HttpStatus.UNAUTHORIZED, "TOKEN_MISSING", null, "api.error.token.MISSING")))
                .accessDeniedHandler((request, response, e) -> problems.write(response, ApiEndpoints.scopeOf(request)
                        .map(scope -> problems.problem(request, HttpStatus.FORBIDDEN, "SCOPE_MISSING", null, "api.error.scopeMissing", scope.code()))
                        .orElseGet(() -> problems.problem(request, HttpStatus.FORBIDDEN, "FORBIDDEN", null, "api.error.forbidden")))));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
