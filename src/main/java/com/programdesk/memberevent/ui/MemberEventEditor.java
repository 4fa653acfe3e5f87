package com.programdesk.memberevent.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Logs an event of a branch or changes one, with its photos once it is saved. Association staff
 * pick only the branches they reach; the bureau and viewers see the same form read-only.
 */
class MemberEventEditor extends Dialog {

    final LocalizedDatePicker eventDate = new LocalizedDatePicker();
    final ComboBox<InstitutionSummary> branch = new ComboBox<>();
    final TextField title = FieldLimits.maxLength(new TextField(), MemberEvent.TITLE_MAX);
    final ComboBox<MemberEventType> type = new ComboBox<>();
    final CountField members = new CountField(0, MemberEvent.PARTICIPANTS_MAX);
    final CountField others = new CountField(0, MemberEvent.PARTICIPANTS_MAX);
    final TextArea note = new TextArea();
    final Button save = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final MemberEventService events;
    private final MemberEvent original;
    private final Runnable onSaved;
    private final Binder<MemberEvent> binder = new Binder<>(MemberEvent.class);
    private final FormErrors formErrors = new FormErrors();

    MemberEventEditor(MemberEventService events, AttachmentService attachments, MemberEvent event, Clock clock, Runnable onSaved) {
        this.events = events;
        this.original = event;
        this.onSaved = onSaved;
        boolean editable = event.isNew() ? events.canLog() : events.canEdit(event);
        setHeaderTitle(getTranslation(event.isNew() ? "memberEvent.new" : editable ? "memberEvent.edit" : "memberEvent.details"));
        setWidth("min(44rem, 95vw)");
        eventDate.setLabel(getTranslation("memberEvent.field.eventDate"));
        eventDate.setMax(LocalDate.now(clock));
        eventDate.setI18n(eventDate.getI18n().setMaxErrorMessage(getTranslation("memberEvent.error.future")));
        branch.setLabel(getTranslation("memberEvent.field.branch"));
        List<InstitutionSummary> branches = editable ? events.loggableBranches() : events.branches();
        branch.setItems(branches);
        branch.setItemLabelGenerator(InstitutionSummary::nameZh);
        title.setLabel(getTranslation("memberEvent.field.title"));
        title.setPlaceholder(getTranslation("memberEvent.title.example"));
        type.setLabel(getTranslation("memberEvent.field.type"));
        type.setItems(MemberEventType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        members.setLabel(getTranslation("memberEvent.field.members"));
        others.setLabel(getTranslation("memberEvent.field.others"));
        note.setLabel(getTranslation("memberEvent.field.note"));
        note.setMaxLength(MemberEvent.NOTE_MAX);

        String required = getTranslation("validation.required");
        binder.forField(eventDate).asRequired(required)
                .withValidator(d -> !d.isAfter(LocalDate.now(clock)), getTranslation("memberEvent.error.future"))
                .bind(MemberEvent::getEventDate, MemberEvent::setEventDate);
        binder.forField(branch).asRequired(required)
                .bind(e -> branches.stream().filter(b -> Long.valueOf(b.id()).equals(e.getBranchId())).findFirst().orElse(null),
                        (e, b) -> e.setBranchId(b == null ? null : b.id()));
        binder.forField(title).asRequired(required).bind(MemberEvent::getTitle, MemberEvent::setTitle);
        binder.forField(type).asRequired(required).bind(MemberEvent::getType, MemberEvent::setType);
        binder.forField(members).asRequired(required).bind(MemberEvent::getMembers, MemberEvent::setMembers);
        binder.forField(others).asRequired(required).bind(MemberEvent::getOthers, MemberEvent::setOthers);
        binder.forField(note).bind(e -> e.getNote() == null ? "" : e.getNote(), MemberEvent::setNote);
        binder.readBean(event);
        if (event.isNew() && editable && branch.isEmpty() && branches.size() == 1) {
            branch.setValue(branches.getFirst()); // a branch logs its own events: one tap less on a phone
        }
        binder.setReadOnly(!editable);
        formErrors.bind("eventDate", eventDate).bind("branchId", branch).bind("title", title).bind("type", type)
                .bind("members", members).bind("others", others).bind("note", note);

        FormLayout form = new FormLayout(branch, eventDate, type, title, members, others, note);
        form.setColspan(branch, 2);
        form.setColspan(title, 2);
        form.setColspan(note, 2);
        add(conflict, form);
        if (!event.isNew()) {
            add(new AttachmentsPanel(attachments, MemberEventService.PHOTOS, event.getId(), editable));
        }
        Button close = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        getFooter().add(close);
        if (editable) {
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(save);
        }
    }

    void save() {
        MemberEvent edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            FormSave.run(() -> {
                MemberEvent saved = events.save(edited);
                Notification.show(getTranslation("memberEvent.saved", saved.getTitle()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            }, e -> formErrors.show(e, "note".equals(e.field()) ? MemberEvent.NOTE_MAX : MemberEvent.TITLE_MAX),
                    () -> conflict.show(save));
        } catch (AccessDeniedException e) {
            formErrors.show(new InvalidFieldException("branchId", "memberEvent.error.branchNotReachable"));
        }
    }
}
