--liquibase formatted sql

--changeset programdesk:031-data-element-maintenance
--comment: data elements kept in the portal (issue 17): value type (stored in the same BIGINT values: YES_NO as 1/0, PERCENTAGE in hundredths), short names, the area whose bureau keeps the element (null: the whole installation, as everything seeded), retired instead of deleted
ALTER TABLE data_element
    ADD COLUMN value_type     VARCHAR(20)  NOT NULL DEFAULT 'WHOLE_NUMBER',
    ADD COLUMN short_name_zh  VARCHAR(30)  NULL,
    ADD COLUMN short_name_en  VARCHAR(50)  NULL,
    ADD COLUMN area_id        BIGINT       NULL,
    ADD COLUMN retired        BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN retired_by     VARCHAR(50)  NULL,
    ADD COLUMN retired_at     DATETIME(3)  NULL,
    ADD CONSTRAINT fk_data_element_area FOREIGN KEY (area_id) REFERENCES area (id),
    ADD CONSTRAINT ck_data_element_value_type CHECK (value_type IN ('WHOLE_NUMBER', 'PERCENTAGE', 'YES_NO'));
--rollback ALTER TABLE data_element DROP CONSTRAINT ck_data_element_value_type, DROP FOREIGN KEY fk_data_element_area, DROP COLUMN retired_at, DROP COLUMN retired_by, DROP COLUMN retired, DROP COLUMN area_id, DROP COLUMN short_name_en, DROP COLUMN short_name_zh, DROP COLUMN value_type;
