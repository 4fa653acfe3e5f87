package com.programdesk.user.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Role;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.EmailAddresses;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Creates a user (with a first password) or edits one: display name, role, institution, enabled. */
class UserEditor extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = EmailFields.create();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final AreaPicker area;
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final UserService users;
    private final InstitutionService institutions;
    private final AppUser original;
    private final Runnable onSaved;
    private final Binder<AppUser> binder = new Binder<>(AppUser.class);
    private final FormErrors formErrors = new FormErrors();

    UserEditor(UserService users, InstitutionService institutions, AreaService areas, AppUser user, Runnable onSaved) {
        this.users = users;
        this.area = new AreaPicker(areas, getTranslation("user.field.area")).clearable(true);
        this.institutions = institutions;
        this.original = user;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(user.isNew() ? "user.new" : "user.edit"));
        setWidth("min(40rem, 95vw)");

        username.setLabel(getTranslation("user.field.username"));
        FieldLimits.maxLength(username, AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("user.help.username"));
        username.setReadOnly(!user.isNew());
        displayName.setLabel(getTranslation("user.field.displayName"));
        FieldLimits.maxLength(displayName, AppUser.DISPLAY_NAME_MAX);
        email.setHelperText(getTranslation(user.getEmail() == null ? "email.help.admin"
                : user.isEmailVerified() ? "email.status.verified" : "email.status.unverified"));
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.addValueChangeListener(e -> {
            institution.setVisible(e.getValue() != null && e.getValue().requiresInstitution());
            area.setVisible(e.getValue() != null && !e.getValue().requiresInstitution());
        });
        institution.setLabel(getTranslation("user.field.institution"));
        institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        institution.setVisible(false);
        area.setHelperText(getTranslation("user.help.area"));
        area.setVisible(false);
        enabled.setLabel(getTranslation("user.field.enabled"));
        password.setLabel(getTranslation("user.field.initialPassword"));
        password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        FieldLimits.maxLength(password, PasswordPolicy.MAX_LENGTH);
        password.setVisible(user.isNew());
        password.setRequiredIndicatorVisible(true);

        bind();
        add(conflict, new FormLayout(username, displayName, email, role, institution, area, password, enabled));
        binder.readBean(user);
        footer();
    }

    private void bind() {
        if (original.isNew()) {
            binder.forField(username)
                    .asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", AppUser.USERNAME_MAX), 0, AppUser.USERNAME_MAX))
                    .withValidator(new RegexpValidator(getTranslation("user.error.usernameFormat"), AppUser.USERNAME_PATTERN))
                    .withValidator(name -> !users.isUsernameTaken(name), getTranslation("user.error.usernameTaken"))
                    .bind(AppUser::getUsername, AppUser::setUsername);
        } else {
            binder.forField(username).bindReadOnly(AppUser::getUsername);
        }
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", AppUser.DISPLAY_NAME_MAX), 0, AppUser.DISPLAY_NAME_MAX))
                .bind(AppUser::getDisplayName, AppUser::setDisplayName);
        binder.forField(email)
                .withValidator((a, context) -> EmailAddresses.violation(a)
                        .map(key -> ValidationResult.error(getTranslation(key, AppUser.EMAIL_MAX))).orElse(ValidationResult.ok()))
                .bind(AppUser::getEmail, AppUser::setEmail);
        binder.forField(role).asRequired(getTranslation("validation.required")).bind(AppUser::getRole, AppUser::setRole);
        binder.forField(institution)
                .withValidator(i -> i != null || role.getValue() == null || !role.getValue().requiresInstitution(),
                        getTranslation("user.error.institutionRequired"))
                .bind(u -> institutions.summary(u.getInstitutionId()).orElse(null),
                        (u, i) -> u.setInstitutionId(i == null ? null : i.id()));
        binder.forField(area).bind(AppUser::getAreaId, AppUser::setAreaId);
        binder.forField(enabled).bind(AppUser::isEnabled, AppUser::setEnabled);
        formErrors.bind("username", username).bind("displayName", displayName).bind("email", email).bind("role", role)
                .bind("institutionId", institution).bind("areaId", area).bind("password", password);
    }

    private void footer() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (!original.isNew()) {
            Button reset = new Button(getTranslation("user.resetPassword"), e -> new ResetPasswordDialog(users, original, () -> {
                close();
                onSaved.run();
            }).open());
            reset.getStyle().set("margin-inline-end", "auto");
            getFooter().add(reset);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        AppUser edited = original.copy();
        boolean valid = binder.writeBeanIfValid(edited);
        if (original.isNew() && PasswordPolicy.violation(username.getValue(), password.getValue()).isPresent()) {
            password.setErrorMessage(getTranslation(PasswordPolicy.violation(username.getValue(), password.getValue()).get(),
                    PasswordPolicy.MIN_LENGTH));
            password.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        FormSave.run(() -> {
            if (original.isNew()) {
                users.create(edited, password.getValue());
            } else {
                users.update(edited);
            }
            Notification.show(getTranslation("user.saved", edited.getUsername())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, e -> formErrors.show(e, PasswordPolicy.MIN_LENGTH), () -> conflict.show(save));
    }
}
