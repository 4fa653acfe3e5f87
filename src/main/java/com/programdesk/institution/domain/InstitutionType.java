package com.programdesk.institution.domain;

public enum InstitutionType {
    HEALTH_BUREAU,
    FAMILY_PLANNING_ASSOCIATION,
    ASSOCIATION_BRANCH,
    MCH_HOSPITAL,
    GENERAL_HOSPITAL,
    TOWNSHIP_HEALTH_CENTRE,
    PRIVATE_HOSPITAL,
    YOUTH_SERVICE_CENTRE,
    QUALITY_CONTROL_CENTRE,
    SCHOOL,
    ENTERPRISE,
    OTHER;

    public String messageKey() {
        return "institution.type." + name();
    }
}
