--liquibase formatted sql

--changeset programdesk:013-notification-target-route
--comment: where a notification leads when it is about neither a task nor a finding, e.g. reports/42 or, for a report not yet started, reports/3/7/2025-03
ALTER TABLE notification ADD COLUMN target_route VARCHAR(120);
--rollback ALTER TABLE notification DROP COLUMN target_route;
