package com.programdesk.user.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The page of the link in a reset mail: the new password twice, checked by the password policy.
 * An unknown, used or expired link gets one message that says nothing about the account.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends AccountPage implements BeforeEnterObserver {

    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    private final PasswordResetService resets;
    private String token;

    ResetPasswordView(PasswordResetService resets) {
        super("reset.title");
        this.resets = resets;
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {next, repeat}) {
            field.setRequiredIndicatorVisible(true);
            FieldLimits.maxLength(field, PasswordPolicy.MAX_LENGTH);
            field.setWidthFull();
        }
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst().orElse(null);
        if (token == null || !resets.isLinkValid(token)) {
            showInvalid();
            return;
        }
        Div actions = new Div(save);
        actions.addClassName("account-actions");
        show(message("reset.intro"), new FormLayout(next, repeat), actions);
    }

    void save() {
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (next.isEmpty()) {
            fail(next, "validation.required");
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            fail(repeat, "password.error.mismatch");
            return;
        }
        try {
            resets.resetPassword(token, next.getValue());
        } catch (InvalidFieldException e) {
            if ("token".equals(e.field())) {
                showInvalid();
            } else {
                fail(next, e.messageKey());
            }
            return;
        }
        show(message("reset.done"), link("login", "reset.toLogin"));
    }

    private void showInvalid() {
        show(message("reset.error.invalidLink", PasswordResetService.LINK_VALIDITY.toMinutes()),
                link("forgot-password", "reset.requestAgain"), new Div(), link("login", "reset.backToLogin"));
    }

    private void fail(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
        field.setInvalid(true);
    }
}
