--liquibase formatted sql

--changeset programdesk:020-approval-levels
--comment: a form may be approved level by level (e.g. COUNTY,CITY, bottom up); a report approved by some of its levels waits as LEVEL_APPROVED with the highest level done in approved_level; completeness counts those apart
ALTER TABLE report_form ADD COLUMN approval_levels VARCHAR(40) NULL;
ALTER TABLE stat_report ADD COLUMN approved_level VARCHAR(10) NULL;
ALTER TABLE stat_completeness ADD COLUMN level_approved INT NOT NULL DEFAULT 0;
ALTER TABLE stat_area_completeness ADD COLUMN level_approved INT NOT NULL DEFAULT 0;
ALTER TABLE stat_report MODIFY status VARCHAR(20) NOT NULL;
--rollback ALTER TABLE stat_report MODIFY status VARCHAR(12) NOT NULL; ALTER TABLE stat_area_completeness DROP COLUMN level_approved; ALTER TABLE stat_completeness DROP COLUMN level_approved; ALTER TABLE stat_report DROP COLUMN approved_level; ALTER TABLE report_form DROP COLUMN approval_levels;
