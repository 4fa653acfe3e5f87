--liquibase formatted sql
-- Renumbered from 013-statistics-indexes.sql; logicalFilePath keeps the changesets' identity in databases that already ran them.

--changeset programdesk:013-stat-report-form-period-covering logicalFilePath:db-changelog/changes/013-statistics-indexes.sql
--comment: completeness counts and the heatmap read status, institution and first submission of one form's periods: from the index alone (province scale: a full table scan otherwise)
ALTER TABLE stat_report DROP INDEX ix_stat_report_form_period,
    ADD INDEX ix_stat_report_form_period (report_form_id, period_start, status, institution_id, first_submitted_at);
--rollback ALTER TABLE stat_report DROP INDEX ix_stat_report_form_period, ADD INDEX ix_stat_report_form_period (report_form_id, period_start, status);

--changeset programdesk:013-stat-report-period logicalFilePath:db-changelog/changes/013-statistics-indexes.sql
--comment: the report list, newest period first, finds where its page ends without sorting every report
CREATE INDEX ix_stat_report_period ON stat_report (period_start);
--rollback DROP INDEX ix_stat_report_period ON stat_report;

--changeset programdesk:013-stat-completeness logicalFilePath:db-changelog/changes/013-statistics-indexes.sql
--comment: reports per form and period by state, and how many of the received ones (submitted, approved) were first submitted by the due day; kept in step by the report workflow in the same transaction (like stat_total), so completeness and timeliness over years read a few rows instead of every report
CREATE TABLE stat_completeness (
    report_form_id  BIGINT  NOT NULL,
    period_start    DATE    NOT NULL,
    drafts          INT     NOT NULL DEFAULT 0,
    submitted       INT     NOT NULL DEFAULT 0,
    returned        INT     NOT NULL DEFAULT 0,
    approved        INT     NOT NULL DEFAULT 0,
    on_time         INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (report_form_id, period_start),
    CONSTRAINT fk_stat_completeness_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO stat_completeness (report_form_id, period_start, drafts, submitted, returned, approved, on_time)
SELECT r.report_form_id, r.period_start, SUM(r.status = 'DRAFT'), SUM(r.status = 'SUBMITTED'), SUM(r.status = 'RETURNED'), SUM(r.status = 'APPROVED'),
       SUM(r.status IN ('SUBMITTED', 'APPROVED') AND COALESCE(r.first_submitted_at < DATE_ADD(DATE_ADD(r.period_start,
           INTERVAL CASE f.frequency WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 1 END MONTH), INTERVAL f.due_day DAY), 0))
FROM stat_report r JOIN report_form f ON f.id = r.report_form_id
GROUP BY r.report_form_id, r.period_start;
--rollback DROP TABLE stat_completeness;
