package com.programdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells the user, on the form, that someone else saved the record meanwhile, and stops the save
 * button: their copy is stale, and saving it would overwrite the other change.
 */
public class ConflictNotice extends Paragraph {

    public ConflictNotice() {
        addClassName("form-conflict");
        setVisible(false);
    }

    public void show(Button save) {
        setText(getTranslation("error.conflict"));
        setVisible(true);
        save.setEnabled(false);
    }
}
