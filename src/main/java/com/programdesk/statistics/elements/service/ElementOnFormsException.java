package com.programdesk.statistics.elements.service;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.elements.domain.ElementSummary.FormName;
import java.util.List;

/** Retiring an element that active forms still hold is refused, naming those forms. */
public class ElementOnFormsException extends InvalidFieldException {

    public static final String MESSAGE_KEY = "dataElement.error.onForms";

    private final transient List<FormName> forms;

    ElementOnFormsException(List<FormName> forms) {
        super("retired", MESSAGE_KEY);
        this.forms = List.copyOf(forms);
    }

    public List<FormName> forms() {
        return forms;
    }
}
