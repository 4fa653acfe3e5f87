package com.programdesk.practice.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.NewFile;
import com.programdesk.practice.service.GoodPracticeService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records a good practice or changes one: title, institution (an institution user's own, fixed), program, text, and
 * photos or files picked before saving and saved with the case. A file of a refused type or over the size limit is
 * said under the upload as soon as it arrives and is not kept; a recommended case shows its badge, and the bureau
 * recommends or unrecommends it from here. Readers see the same form read-only.
 */
class GoodPracticeEditor extends Dialog {

    final TextField title = FieldLimits.maxLength(new TextField(), GoodPractice.TITLE_MAX);
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final ComboBox<Program> program = new ComboBox<>();
    final TextArea text = new TextArea();
    final Upload upload;
    /** The problem with a picked file, shown under the upload (the upload has no error slot of its own). */
    final Paragraph fileError = new Paragraph();
    /** The names of the picked files that will be saved with the case. */
    final Div picked = new Div();
    final Span badge = new Span();
    final Button save = new Button();
    final Button recommend = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final GoodPracticeService practices;
    private final AttachmentService attachments;
    private final GoodPractice original;
    private final Runnable onSaved;
    private final Binder<GoodPractice> binder = new Binder<>(GoodPractice.class);
    private final FormErrors formErrors = new FormErrors();
    private final List<NewFile> files = new ArrayList<>();

    GoodPracticeEditor(GoodPracticeService practices, ProgramService programs, InstitutionService institutions,
                       AttachmentService attachments, GoodPractice practice, Runnable onSaved) {
        this.practices = practices;
        this.attachments = attachments;
        this.original = practice;
        this.onSaved = onSaved;
        boolean editable = practice.isNew() ? practices.canRecord() : practices.canEdit(practice);
        setHeaderTitle(getTranslation(practice.isNew() ? "practice.new" : editable ? "practice.edit" : "practice.details"));
        setWidth("min(48rem, 96vw)");
        addClassName("practice-editor");

        title.setLabel(getTranslation("practice.field.title"));
        title.setPlaceholder(getTranslation("practice.title.example"));
        institution.setLabel(getTranslation("practice.field.institution"));
        institution.setItemLabelGenerator(InstitutionSummary::nameZh);
        Long own = practices.fixedInstitution();
        boolean choosesInstitution = editable && own == null;
        if (practice.isNew() && own != null) {
            practice.setInstitutionId(own);
        }
        if (choosesInstitution) {
            institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        } else if (practice.getInstitutionId() != null) {
            institution.setItems(List.copyOf(institutions.summariesOf(Set.of(practice.getInstitutionId()))));
        }
        program.setLabel(getTranslation("practice.field.program"));
        program.setItemLabelGenerator(Program::getTitle);
        program.setItems(q -> programs.search(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        text.setLabel(getTranslation("practice.field.text"));
        text.setPlaceholder(getTranslation("practice.text.placeholder"));
        text.setMaxLength(GoodPractice.TEXT_MAX);
        text.setMinHeight("12rem");
        String required = getTranslation("validation.required");
        binder.forField(title).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", GoodPractice.TITLE_MAX), 0, GoodPractice.TITLE_MAX))
                .bind(GoodPractice::getTitle, GoodPractice::setTitle);
        binder.forField(institution).asRequired(required)
                .bind(p -> p.getInstitutionId() == null ? null
                                : institutions.summariesOf(Set.of(p.getInstitutionId())).stream().findFirst().orElse(null),
                        (p, i) -> p.setInstitutionId(i == null ? null : i.id()));
        binder.forField(program).asRequired(required)
                .bind(p -> p.getProgramId() == null ? null : programs.find(p.getProgramId()).orElse(null),
                        (p, chosen) -> p.setProgramId(chosen == null ? null : chosen.getId()));
        binder.forField(text).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", GoodPractice.TEXT_MAX), 0, GoodPractice.TEXT_MAX))
                .bind(p -> p.getBody() == null ? "" : p.getBody(), GoodPractice::setBody);
        binder.readBean(practice);
        binder.setReadOnly(!editable);
        institution.setReadOnly(!choosesInstitution);
        formErrors.bind("title", title).bind("institution", institution).bind("program", program).bind("text", text);

        badge.setText(getTranslation("practice.recommended"));
        badge.getElement().getThemeList().add("badge success");
        badge.setVisible(practice.isRecommended());
        FormLayout form = new FormLayout(title, institution, program, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        add(badge, conflict, form);
        if (!practice.isNew()) {
            add(new AttachmentsPanel(attachments, GoodPractice.OWNER, practice.getId(), false));
        }
        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(metadata.fileName(), uploaded.toPath()));
        }));
        AttachmentsPanel.limits(upload, attachments, this::showFileError);
        fileError.addClassName("form-conflict");
        fileError.setVisible(false);
        picked.addClassName("attachment-list");
        if (editable) {
            add(new H3(getTranslation("practice.files.add")), upload,
                    new Span(getTranslation("attachment.allowed", attachments.maxMegabytes())), fileError, picked);
        }

        Button close = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        getFooter().add(close);
        if (!practice.isNew() && practices.canRecommend(practice)) {
            recommend.setText(getTranslation(practice.isRecommended() ? "practice.action.unrecommend" : "practice.action.recommend"));
            recommend.addClickListener(e -> recommend());
            getFooter().add(recommend);
        }
        if (editable) {
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(save);
        }
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discard();
            }
        });
    }

    /** A file picked in the upload: checked at once; kept until the case is saved or the form closes. */
    void received(String name, Path uploaded) {
        try {
            attachments.requireAcceptable(name, uploaded);
        } catch (InvalidFieldException e) {
            delete(uploaded);
            showFileError(getTranslation("practice.error.file", name, getTranslation(e.messageKey(), attachments.maxMegabytes())));
            return;
        }
        fileError.setVisible(false);
        files.add(new NewFile(name, uploaded));
        Span row = new Span(name);
        row.addClassName("attachment-row");
        picked.add(row);
    }

    void save() {
        GoodPractice edited = original.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            FormSave.run(() -> {
                GoodPractice saved = practices.save(edited, List.copyOf(files));
                Notification.show(getTranslation("practice.saved", saved.getTitle()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            }, e -> {
                if ("file".equals(e.field())) {
                    showFileError(getTranslation(e.messageKey(), attachments.maxMegabytes()));
                } else {
                    formErrors.show(e, "text".equals(e.field()) ? GoodPractice.TEXT_MAX : GoodPractice.TITLE_MAX);
                }
            }, () -> conflict.show(save));
        } catch (AccessDeniedException e) {
            formErrors.show(new InvalidFieldException("institution", "practice.error.institution"));
        }
    }

    void recommend() {
        FormSave.run(() -> {
            GoodPractice saved = practices.recommend(original, !original.isRecommended());
            Notification.show(getTranslation(saved.isRecommended() ? "practice.recommendedNow" : "practice.unrecommendedNow", saved.getTitle()),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, () -> conflict.show(recommend));
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void discard() {
        files.forEach(file -> delete(file.path()));
        files.clear();
        picked.removeAll();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans it up
        }
    }
}
