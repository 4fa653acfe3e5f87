package com.programdesk.statistics.catalog.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.domain.CatalogueItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.util.function.Consumer;

/**
 * What every catalogue item's editor (data element, category, indicator, rule) does the same way: the notice of an item
 * another area keeps, the footer (retire or reactivate for a saved item the user keeps, after {@link RetireConfirmation};
 * cancel, or close when read-only; save) and the end of a save or retirement (a notice, the dialog closes, the page
 * refreshes). The messages are the item's own: {@code keys} is its message prefix ("dataElement", "category",
 * "indicator", "rule").
 */
public final class CatalogueEditorSupport implements Serializable {

    private final Dialog editor;
    private final String keys;
    private final Runnable onSaved;

    public CatalogueEditorSupport(Dialog editor, String keys, Runnable onSaved) {
        this.editor = editor;
        this.keys = keys;
        this.onSaved = onSaved;
    }

    /**
     * The notice of an item another area keeps ({@code keys}.readOnly), shown with every bound field read-only when the
     * user may not edit it; hidden otherwise.
     */
    public void readOnlyNotice(Paragraph notice, Binder<?> binder, boolean mayEdit) {
        notice.addClassName("secondary");
        notice.setVisible(false);
        if (!mayEdit) {
            binder.setReadOnly(true);
            notice.setText(editor.getTranslation(keys + ".readOnly"));
            notice.setVisible(true);
        }
    }

    /**
     * Fills the footer: {@code save} runs {@code onSave} and shows only when the user may edit; {@code retire} (for a saved
     * item the user may edit) asks first, naming the item by {@code name}, then runs {@code onToggle}.
     */
    public void addFooter(CatalogueItem item, String name, boolean mayEdit, Button save, Button retire, Runnable onSave, Runnable onToggle) {
        save.setText(editor.getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.run());
        save.setVisible(mayEdit);
        if (!item.isNew() && mayEdit) {
            retire.setText(editor.getTranslation(item.isRetired() ? keys + ".reactivate" : keys + ".retire"));
            retire.addThemeVariants(item.isRetired() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
            retire.getStyle().set("margin-inline-end", "auto");
            retire.addClickListener(e -> new RetireConfirmation(keys, name, !item.isRetired(), onToggle).open());
            editor.getFooter().add(retire);
        }
        editor.getFooter().add(new Button(editor.getTranslation(mayEdit ? "action.cancel" : "action.close"), e -> editor.close()), save);
    }

    /**
     * Retires the item (or brings it back) through {@code write}: done, says so ({@code keys}.retiredDone or .reactivated
     * with {@code name}), closes and refreshes; refused or stale, {@code refused} or {@code conflicted} shows why.
     */
    public void toggleRetired(boolean retiring, String name, Runnable write, Consumer<InvalidFieldException> refused,
                              Runnable conflicted) {
        FormSave.run(() -> {
            write.run();
            done(retiring ? keys + ".retiredDone" : keys + ".reactivated", name);
        }, refused, conflicted);
    }

    /** After a write: the success notice {@code messageKey} with {@code name}, the dialog closes and the page refreshes. */
    public void done(String messageKey, String name) {
        Notification.show(editor.getTranslation(messageKey, name)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        editor.close();
        onSaved.run();
    }
}
