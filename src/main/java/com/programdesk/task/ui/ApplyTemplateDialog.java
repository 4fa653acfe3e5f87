package com.programdesk.task.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.task.domain.CampaignTemplate;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TemplateStep;
import com.programdesk.task.service.CampaignTemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Turns an upcoming activity into its to-do list from a campaign template (T-14 venue, T-7 publicity …). */
class ApplyTemplateDialog extends Dialog {

    /** The next activities are what templates are applied to; a year ahead is plenty. */
    private static final int UPCOMING = 300;

    final ComboBox<CalendarEntry> activity = new ComboBox<>();
    final ComboBox<CampaignTemplate> template = new ComboBox<>();
    final UnorderedList steps = new UnorderedList();
    final Button apply = new Button();

    ApplyTemplateDialog(CampaignTemplateService templates, ActivityService activities, Clock clock, Runnable done) {
        setHeaderTitle(getTranslation("template.apply"));
        setWidth("min(40rem, 95vw)");
        LocalDate today = LocalDate.now(clock);
        activity.setLabel(getTranslation("template.activity"));
        activity.setItems(activities.dated(today, today.plusYears(1), ActivityFilter.none()).stream()
                .filter(e -> e.status().isOpen()).limit(UPCOMING).toList());
        activity.setItemLabelGenerator(e -> DateFormats.date(e.startsAt().toLocalDate(), getLocale()) + " " + e.title());
        activity.setWidthFull();
        template.setLabel(getTranslation("template.template"));
        template.setItems(templates.all());
        template.setItemLabelGenerator(CampaignTemplate::getName);
        template.addValueChangeListener(e -> showSteps(e.getValue() == null ? List.of() : e.getValue().getSteps()));
        add(new FormLayout(activity, template), steps);
        apply.setText(getTranslation("template.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            if (activity.getValue() == null || template.getValue() == null) {
                (activity.getValue() == null ? activity : template).setInvalid(true);
                (activity.getValue() == null ? activity : template).setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                List<Task> created = templates.apply(template.getValue().getId(), activity.getValue().id());
                Notification.show(getTranslation("template.applied", created.size())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                done.run();
            } catch (InvalidFieldException ex) {
                activity.setErrorMessage(getTranslation(ex.messageKey()));
                activity.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }

    private void showSteps(List<TemplateStep> chosen) {
        steps.removeAll();
        chosen.forEach(step -> steps.add(new ListItem(step.label() + " · " + step.title()
                + (step.responsibleRole() == null ? "" : "（" + step.responsibleRole() + "）"))));
    }
}
