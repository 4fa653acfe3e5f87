--liquibase formatted sql

--changeset programdesk:041-form-assignment-rules
--comment: which institutions file a form (issue 17): a rule of areas (each with everything below it) × institution types (none: every type) beside the explicit list; report_form_institution stays the result (rule ∪ list), recomputed when the rule, the list or an institution's area, type or active flag changes
CREATE TABLE report_form_assigned_area (
    report_form_id  BIGINT NOT NULL,
    area_id         BIGINT NOT NULL,
    PRIMARY KEY (report_form_id, area_id),
    CONSTRAINT fk_form_assigned_area_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_form_assigned_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE report_form_assigned_type (
    report_form_id    BIGINT      NOT NULL,
    institution_type  VARCHAR(40) NOT NULL,
    PRIMARY KEY (report_form_id, institution_type),
    CONSTRAINT fk_form_assigned_type_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE report_form_listed_institution (
    report_form_id  BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    PRIMARY KEY (report_form_id, institution_id),
    CONSTRAINT fk_form_listed_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_form_listed_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO report_form_listed_institution (report_form_id, institution_id)
SELECT report_form_id, institution_id FROM report_form_institution;
--rollback DROP TABLE report_form_listed_institution; DROP TABLE report_form_assigned_type; DROP TABLE report_form_assigned_area;
