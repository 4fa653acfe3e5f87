package com.programdesk.training.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.training.domain.SignInPage;
import com.programdesk.training.domain.SignInPage.RosterEntry;
import com.programdesk.training.domain.SignInResult;
import com.programdesk.training.service.TrainingSignInService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page a trainee's phone opens from the session's QR code ({@code /sign-in/<code>}), without an account: pick the institution,
 * pick or type the name, 签到. Made for 375–414 px wide screens: one column, fields as wide as the card. A forged or replaced
 * code, a session not open yet or any more, and a name not on the roster each get their message; a second sign-in says when the
 * first was.
 */
@Route(value = "sign-in", autoLayout = false)
@AnonymousAllowed
class SignInView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final Div card = new Div();
    final ComboBox<Long> institution = new ComboBox<>();
    final ComboBox<String> name = new ComboBox<>();
    final Button signIn = new Button();
    final Paragraph problem = new Paragraph();

    private final TrainingSignInService signIns;
    private String code;
    private List<RosterEntry> roster = List.of();

    SignInView(TrainingSignInService signIns) {
        this.signIns = signIns;
        addClassNames("login-view", "account-page", "sign-in-page");
        setSizeFull();
        Div product = new Div(new H1(getTranslation("app.name")));
        product.addClassName("product");
        card.addClassName("account-card");
        add(product, card);
        institution.setLabel(getTranslation("training.field.institution"));
        name.setLabel(getTranslation("training.field.name"));
        name.setAllowCustomValue(true);
        name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
        name.setHelperText(getTranslation("training.signIn.nameHelp"));
        for (var field : List.of(institution, name)) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        institution.addValueChangeListener(e -> {
            name.setItems(roster.stream().filter(r -> e.getValue() != null && r.institutionId() == e.getValue())
                    .map(RosterEntry::name).toList());
            institution.setInvalid(false);
        });
        signIn.setText(getTranslation("training.signIn.button"));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        signIn.setWidthFull();
        signIn.addClickListener(e -> signIn());
        problem.addClassName("sign-in-problem");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        code = parameter;
        SignInPage page = signIns.page(parameter).orElse(null);
        if (page == null) {
            show(new Paragraph(getTranslation("training.signIn.error.invalidCode")));
            return;
        }
        roster = page.roster();
        Map<Long, String> institutions = new LinkedHashMap<>();
        roster.forEach(r -> institutions.putIfAbsent(r.institutionId(), r.institutionName()));
        institution.setItems(institutions.keySet());
        institution.setItemLabelGenerator(id -> institutions.getOrDefault(id, ""));
        var session = page.session();
        Paragraph when = new Paragraph(getTranslation("training.signIn.session", DateFormats.dateTimeToMinute(session.startsAt(), getLocale()),
                DateFormats.time(session.endsAt(), getLocale())));
        Paragraph window = new Paragraph(getTranslation("training.signIn.window", DateFormats.time(session.opensAt(), getLocale()),
                DateFormats.time(session.closesAt(), getLocale())));
        window.addClassName("account-message");
        show(new H2(page.trainingTitle()), when, window, institution, name, problem, signIn);
    }

    void signIn() {
        institution.setInvalid(false);
        name.setInvalid(false);
        problem.setText("");
        try {
            SignInResult result = signIns.signIn(code, institution.getValue(), name.getValue(), clientAddress());
            Paragraph done = new Paragraph(getTranslation(result.outcome().messageKey(), result.name(),
                    DateFormats.time(result.signedAt(), getLocale())));
            done.addClassNames("sign-in-done", "sign-in-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            show(new H2(getTranslation("training.signIn.doneTitle")), done);
        } catch (InvalidFieldException e) {
            String message = getTranslation(e.messageKey());
            switch (e.field()) {
                case "institutionId" -> {
                    institution.setErrorMessage(message);
                    institution.setInvalid(true);
                }
                case "name" -> {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
                default -> problem.setText(message);
            }
        }
    }

    private void show(com.vaadin.flow.component.Component... content) {
        card.removeAll();
        card.add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.signIn.title") + " | " + getTranslation("app.name");
    }

    /** The client's address as the login throttle sees it (behind a trusted proxy, the forwarded one). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getBrowser() != null ? session.getBrowser().getAddress() : null;
    }
}
