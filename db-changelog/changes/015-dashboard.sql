--liquibase formatted sql
-- Renumbered from 014-dashboard.sql; logicalFilePath keeps the changesets' identity in databases that already ran them.

--changeset programdesk:014-target-value-optional logicalFilePath:db-changelog/changes/014-dashboard.sql
--comment: rising and falling targets compare with last year and have no value to reach
ALTER TABLE target MODIFY target_value DECIMAL(14, 2) NULL;
--rollback UPDATE target SET target_value = 0 WHERE target_value IS NULL; ALTER TABLE target MODIFY target_value DECIMAL(14, 2) NOT NULL;

--changeset programdesk:014-stat-fact-covering-index logicalFilePath:db-changelog/changes/014-dashboard.sql
--comment: an institution's page reads all its elements over years from this index alone (value included: no row lookups)
ALTER TABLE stat_fact DROP INDEX ix_stat_fact_institution,
    ADD INDEX ix_stat_fact_institution (institution_id, data_element_id, period_start, value);
--rollback ALTER TABLE stat_fact DROP INDEX ix_stat_fact_institution, ADD INDEX ix_stat_fact_institution (institution_id, data_element_id, period_start);

--changeset programdesk:014-stat-fact-year logicalFilePath:db-changelog/changes/014-dashboard.sql
--comment: approved values of flow elements (SUM) added up per institution and calendar year, kept in step with stat_fact by StatFacts in the approval's transaction; institutions compared over long ranges read whole years here
CREATE TABLE stat_fact_year (
    data_element_id  BIGINT    NOT NULL,
    year             SMALLINT  NOT NULL,
    institution_id   BIGINT    NOT NULL,
    value            BIGINT    NOT NULL,
    periods          INT       NOT NULL,
    PRIMARY KEY (data_element_id, year, institution_id),
    CONSTRAINT fk_stat_fact_year_element FOREIGN KEY (data_element_id) REFERENCES data_element (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO stat_fact_year (data_element_id, year, institution_id, value, periods)
SELECT f.data_element_id, YEAR(f.period_start), f.institution_id, SUM(f.value), COUNT(*)
FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation = 'SUM'
GROUP BY f.data_element_id, YEAR(f.period_start), f.institution_id;
--rollback DROP TABLE stat_fact_year;
