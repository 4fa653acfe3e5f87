package com.programdesk.security;

import com.programdesk.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Spring Security's CSRF token for the login form (Vaadin's own requests carry Vaadin's token). Kept in an
 * HttpOnly, same-site cookie rather than in the session, so a login page outlives the session it was served in.
 */
final class LoginFormToken {

    /** The login page's address that says its form's token was missing or stale. */
    static final String EXPIRED_PAGE = "/login?" + LoginView.EXPIRED_PARAMETER;

    private LoginFormToken() {
    }

    static CsrfTokenRepository repository() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository(); // HttpOnly; Secure whenever the request is
        cookie.setCookieCustomizer(builder -> builder.sameSite("Lax"));
        return cookie;
    }

    static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    /** Back to the login page with a message, for a token refused; other refusals answer 403 as before. */
    static AccessDeniedHandler expiredPageHandler() {
        AccessDeniedHandler expired = (request, response, refusal) ->
                response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
        var byRefusal = new LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler>();
        byRefusal.put(CsrfException.class, expired);
        return new DelegatingAccessDeniedHandler(byRefusal, new AccessDeniedHandlerImpl());
    }
}
