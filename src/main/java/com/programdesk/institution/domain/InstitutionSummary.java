package com.programdesk.institution.domain;

import java.io.Serializable;

/** Enough of an institution to show and pick it, e.g. in a combo box. */
public record InstitutionSummary(long id, String nameZh, String shortName, String code, InstitutionType type)
        implements Serializable {

    public static InstitutionSummary of(Institution institution) {
        return new InstitutionSummary(institution.getId(), institution.getNameZh(), institution.getShortName(),
                institution.getCode(), institution.getType());
    }

    public String label() {
        return nameZh + " (" + code + ")";
    }
}
