--liquibase formatted sql

--changeset programdesk:036-user-email
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE app_user ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;
