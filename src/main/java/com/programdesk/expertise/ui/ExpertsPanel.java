package com.programdesk.expertise.ui;

import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.user.domain.UserChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** "专家组" of a program: who its experts are; administrators and coordinators name them among the viewer accounts. */
public class ExpertsPanel extends Div {

    final MultiSelectComboBox<UserChoice> experts = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final Button save = new Button();

    public ExpertsPanel(ExpertiseService expertise, long programId, boolean mayName) {
        addClassName("experts-panel");
        add(new H3(getTranslation("expert.title")));
        List<UserChoice> named = expertise.experts(programId);
        if (!mayName) {
            add(new Paragraph(named.isEmpty() ? getTranslation("expert.none")
                    : named.stream().map(UserChoice::displayName).collect(Collectors.joining("、"))));
            return;
        }
        experts.setLabel(getTranslation("expert.field.experts"));
        experts.setHelperText(getTranslation("expert.help"));
        experts.setItems(expertise.candidates());
        experts.setItemLabelGenerator(UserChoice::displayName);
        experts.setValue(new HashSet<>(named));
        experts.setWidthFull();
        FormErrors errors = new FormErrors().bind("experts", experts);
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> FormSave.run(() -> {
            expertise.setExperts(programId, experts.getValue().stream().map(UserChoice::id).collect(Collectors.toSet()));
            experts.setInvalid(false);
            Notification.show(getTranslation("expert.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, errors::show, () -> { }));
        add(experts, save);
    }
}
