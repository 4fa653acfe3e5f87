--liquibase formatted sql

--changeset programdesk:048-schema-fingerprint
--comment: the fingerprint of the change log that last migrated this database (base.jdbc.UnchangedSchema): a start that finds its own skips Liquibase's check of every change set
CREATE TABLE schema_fingerprint (
    id           TINYINT    NOT NULL PRIMARY KEY,
    fingerprint  CHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
--rollback DROP TABLE schema_fingerprint;
