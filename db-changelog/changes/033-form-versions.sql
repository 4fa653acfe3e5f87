--liquibase formatted sql

--changeset programdesk:033-form-versions
--comment: a report form's rows kept by version (issue 17): a version applies from a period start, a report keeps the version it was started with (stat_report.form_version_id, null only for rows written around the services: the version valid for its period); report_form_element stays the rows of the newest version, for the readers that ask which forms hold an element. A version's rules are the form's rules over the elements on its rows (rules become versioned when they are edited in the portal, slice 5)
CREATE TABLE report_form_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_form_id  BIGINT       NOT NULL,
    version_number  INT          NOT NULL,
    valid_from      DATE         NOT NULL,
    created_by      VARCHAR(50)  NULL,
    created_at      DATETIME(3)  NULL,
    CONSTRAINT uk_form_version_number UNIQUE (report_form_id, version_number),
    CONSTRAINT uk_form_version_valid_from UNIQUE (report_form_id, valid_from),
    CONSTRAINT fk_form_version_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE report_form_version_element (
    form_version_id  BIGINT       NOT NULL,
    data_element_id  BIGINT       NOT NULL,
    position         INT          NOT NULL,
    section_zh       VARCHAR(60),
    section_en       VARCHAR(100),
    PRIMARY KEY (form_version_id, data_element_id),
    CONSTRAINT fk_version_element_version FOREIGN KEY (form_version_id) REFERENCES report_form_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_version_element_element FOREIGN KEY (data_element_id) REFERENCES data_element (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- today's forms become version 1, valid from the first period ever filed (2000-01-01, a start of every period type, when none was)
INSERT INTO report_form_version (report_form_id, version_number, valid_from, created_by, created_at)
SELECT f.id, 1, COALESCE((SELECT MIN(r.period_start) FROM stat_report r WHERE r.report_form_id = f.id), DATE '2000-01-01'), 'system', NOW(3)
FROM report_form f;
INSERT INTO report_form_version_element (form_version_id, data_element_id, position, section_zh, section_en)
SELECT v.id, e.data_element_id, e.position, e.section_zh, e.section_en
FROM report_form_version v JOIN report_form_element e ON e.report_form_id = v.report_form_id;
ALTER TABLE stat_report
    ADD COLUMN form_version_id BIGINT NULL,
    ADD CONSTRAINT fk_stat_report_form_version FOREIGN KEY (form_version_id) REFERENCES report_form_version (id);
UPDATE stat_report r JOIN report_form_version v ON v.report_form_id = r.report_form_id AND v.version_number = 1
SET r.form_version_id = v.id;
--rollback ALTER TABLE stat_report DROP FOREIGN KEY fk_stat_report_form_version, DROP COLUMN form_version_id; DROP TABLE report_form_version_element; DROP TABLE report_form_version;

--changeset programdesk:033-form-keeper
--comment: forms kept in the portal: the area whose bureau keeps the form (null: the whole installation, as everything seeded) and who retired it (active = false: not offered for new periods)
ALTER TABLE report_form
    ADD COLUMN area_id     BIGINT       NULL,
    ADD COLUMN retired_by  VARCHAR(50)  NULL,
    ADD COLUMN retired_at  DATETIME(3)  NULL,
    ADD CONSTRAINT fk_report_form_area FOREIGN KEY (area_id) REFERENCES area (id);
--rollback ALTER TABLE report_form DROP FOREIGN KEY fk_report_form_area, DROP COLUMN retired_at, DROP COLUMN retired_by, DROP COLUMN area_id;
