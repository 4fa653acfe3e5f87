package com.programdesk.security;

import com.programdesk.security.ui.LoginView;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security: Vaadin login view, public health endpoint, password hashing, security
 * headers ({@link SecurityHeaders}) and CSRF protection that includes the login form ({@link LoginFormToken}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false) // @PreAuthorize only: preAuthorizeInterceptor() below
class SecurityConfiguration {

    /**
     * The one method-security annotation the services use. {@code @EnableMethodSecurity}'s default would add interceptors
     * for {@code @PreFilter}, {@code @PostAuthorize} and {@code @PostFilter} too, each matched at start against every method
     * of all 827 beans, for nothing (ArchitectureTest keeps those annotations out, since they would be ignored).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationManagerBeforeMethodInterceptor preAuthorizeInterceptor() {
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // health and info are public for load balancers; details need an administrator.
        // The stylesheets are public so the login page is styled too.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**").permitAll()
                // phone calendars fetch the feed without a session; the token in the URL is checked by the service
                .requestMatchers("/calendar-feed/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        // Vaadin exempts the login page from CSRF, so a foreign page could log a victim into an attacker's account.
        // Its own requests carry their own token; the login form posts Spring's token (from the page's _csrf meta tags).
        // Vaadin denies every other address, so a logged-in user's typo or old bookmark got an empty 403 and the
        // browser's own error page. Let them reach the app: the views' own access rules decide, and an address the
        // user cannot open shows NotFoundView inside the layout. Anonymous visitors are still sent to the login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // The login form's token is kept in a cookie, not in the session: a login page left open while the session
        // ended (a restart, a night with the laptop closed) still logs in at the first try. Should even that cookie be
        // gone, the user is told the page expired instead of finding an empty form again.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .csrfTokenRepository(LoginFormToken.repository()));
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                LoginFormToken.expiredPageHandler(), LoginFormToken::isLoginPost));
        SecurityHeaders.apply(http);
        return http.build();
    }

    /**
     * Nothing reads Spring Security's observations (no tracing, no metrics endpoint), yet with the
     * actuator's registry present they wrap every filter of every request and every authorization
     * check: a quarter of the CPU samples of a load test lay under the observed filter chain
     * (docs/benchmarks.md, issue 18).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Views are checked by their access annotations as Flow's default does, with the list of routes kept between checks
     * ({@link RouteListCachingViewAccessChecker}). Off until {@link VaadinSecurityConfigurer} turns it on, as the default.
     */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(AccessAnnotationChecker annotations) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new RouteListCachingViewAccessChecker(annotations))
                .disabled();
    }

    /** bcrypt today, with room to move to a stronger scheme without invalidating stored hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
