package com.programdesk.api.ui;

import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.domain.IssuedToken;
import com.programdesk.api.domain.NewApiClient;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Creates an API client: name, an area or an institution, scopes, the last day its token works. */
class ApiClientDialog extends Dialog {

    enum Binding { AREA, INSTITUTION }

    final TextField name = new TextField();
    final RadioButtonGroup<Binding> binding = new RadioButtonGroup<>();
    final AreaPicker area;
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Checkbox smallCountsHidden = new Checkbox();
    final LocalizedDatePicker expiresOn = new LocalizedDatePicker();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors();

    ApiClientDialog(ApiClientService clients, AreaService areas, InstitutionService institutions, Clock clock, Consumer<IssuedToken> created) {
        setHeaderTitle(getTranslation("api.client.new"));
        setWidth("min(40rem, 95vw)");
        area = new AreaPicker(areas, getTranslation("api.client.area"));
        name.setLabel(getTranslation("api.client.name"));
        name.setHelperText(getTranslation("api.client.nameHelp"));
        name.setMaxLength(ApiClientService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        binding.setLabel(getTranslation("api.client.binding"));
        binding.setItems(Binding.values());
        binding.setItemLabelGenerator(b -> getTranslation("api.client.binding." + b.name()));
        binding.setValue(Binding.AREA);
        institution.setLabel(getTranslation("api.client.institution"));
        institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        institution.setVisible(false);
        binding.addValueChangeListener(e -> {
            area.setVisible(e.getValue() == Binding.AREA);
            institution.setVisible(e.getValue() == Binding.INSTITUTION);
            smallCountsHidden.setVisible(e.getValue() == Binding.AREA);
        });
        scopes.setLabel(getTranslation("api.client.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> s.code() + " · " + getTranslation(s.messageKey()));
        scopes.setValue(java.util.Set.of(ApiScope.REPORTS_WRITE));
        smallCountsHidden.setLabel(getTranslation("api.client.smallCountsHidden"));
        LocalDate today = LocalDate.now(clock);
        expiresOn.setLabel(getTranslation("api.client.expiresOn"));
        expiresOn.setHelperText(getTranslation("api.client.expiresHelp"));
        expiresOn.setRange(today.plusDays(1), today.plusDays(ApiClientService.MAX_DAYS));
        expiresOn.setValue(today.plusDays(ApiClientService.MAX_DAYS - 1));
        expiresOn.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("area", area).bind("institution", institution).bind("scopes", scopes)
                .bind("expiresOn", expiresOn).bind("smallCountsHidden", scopes);

        FormLayout form = new FormLayout(name, binding, area, institution, scopes, smallCountsHidden, expiresOn);
        form.setResponsiveSteps(List.of(new FormLayout.ResponsiveStep("0", 1)));
        add(form);
        save.setText(getTranslation("api.client.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean byArea = binding.getValue() == Binding.AREA;
            NewApiClient request = new NewApiClient(name.getValue(), byArea ? area.getValue() : null,
                    byArea || institution.getValue() == null ? null : institution.getValue().id(), scopes.getValue(),
                    expiresOn.getValue(), byArea && smallCountsHidden.getValue());
            try {
                IssuedToken issued = clients.create(request);
                close();
                created.accept(issued);
            } catch (InvalidFieldException ex) {
                errors.show(ex, ApiClientService.MAX_DAYS);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
