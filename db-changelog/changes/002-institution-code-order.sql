--liquibase formatted sql

--changeset programdesk:002-institution-active-code
--comment: the directory opens filtered by status and ordered by code
CREATE INDEX ix_institution_active_code ON institution (active, code);
--rollback DROP INDEX ix_institution_active_code ON institution;
