package com.programdesk.security.ui;

import com.programdesk.base.jdbc.DatabaseUnavailable;
import com.programdesk.base.service.MailSettings;
import com.programdesk.base.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

/**
 * Vaadin's login form, posting to Spring Security; every refusal shows the same message, unless the
 * database could not be reached (then the user is asked to try again later, not to check the password) or the
 * page's form had expired (then the user is asked to log in again).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The parameter that says the form's token was missing or stale (set by {@code security.LoginFormToken}). */
    public static final String EXPIRED_PARAMETER = "expired";

    private final LoginForm form = new LoginForm();

    LoginView(MailSettings mail) {
        addClassName("login-view");
        setSizeFull();
        form.setAction("login");
        // 忘记密码 needs mail and the portal's public address for the link (user.ui.ForgotPasswordView); else administrators reset
        form.setForgotPasswordButtonVisible(mail.enabled());
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n());

        Div product = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        product.addClassName("product");
        add(product, form, new LanguageSwitch(locale -> { }));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean refused = parameters.containsKey("error");
        boolean expired = parameters.containsKey(EXPIRED_PARAMETER);
        if (expired || refused && databaseWasUnavailable()) {
            LoginI18n i18n = i18n();
            if (expired) { // the page's token was gone (security.LoginFormToken): nothing was checked, so no refusal
                i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
            } else {
                i18n.getErrorMessage().setMessage(getTranslation("error.databaseUnavailable"));
            }
            form.setI18n(i18n);
        }
        form.setError(refused || expired);
    }

    /** The reason Spring Security kept for the last refused login of this browser session. */
    private static boolean databaseWasUnavailable() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        return http != null && http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception refusal
                && DatabaseUnavailable.isCause(refusal);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
