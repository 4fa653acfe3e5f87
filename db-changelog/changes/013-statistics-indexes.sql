--liquibase formatted sql

--changeset programdesk:013-stat-report-form-period-covering
--comment: completeness counts and the heatmap read status, institution and first submission of one form's periods: from the index alone (province scale: a full table scan otherwise)
ALTER TABLE stat_report DROP INDEX ix_stat_report_form_period,
    ADD INDEX ix_stat_report_form_period (report_form_id, period_start, status, institution_id, first_submitted_at);
--rollback ALTER TABLE stat_report DROP INDEX ix_stat_report_form_period, ADD INDEX ix_stat_report_form_period (report_form_id, period_start, status);

--changeset programdesk:013-stat-report-period
--comment: the report list, newest period first, finds where its page ends without sorting every report
CREATE INDEX ix_stat_report_period ON stat_report (period_start);
--rollback DROP INDEX ix_stat_report_period ON stat_report;
