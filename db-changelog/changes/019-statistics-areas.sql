--liquibase formatted sql

--changeset programdesk:019-area-population-source
--comment: which institution's approved yearly report a population figure came from (null: typed or imported by a coordinator), so that reopening the report or moving the institution moves exactly that figure
ALTER TABLE area_population ADD COLUMN source_institution_id BIGINT NULL,
    ADD CONSTRAINT fk_area_population_source FOREIGN KEY (source_institution_id) REFERENCES institution (id);
CREATE INDEX ix_area_population_source ON area_population (source_institution_id);
--rollback ALTER TABLE area_population DROP FOREIGN KEY fk_area_population_source, DROP INDEX ix_area_population_source, DROP COLUMN source_institution_id;

--changeset programdesk:019-stat-area-completeness
--comment: stat_completeness per area: reports per state and received on time, per form, area (the institution's area and every area above it) and period; kept in step by the report workflow in the same transaction
CREATE TABLE stat_area_completeness (
    report_form_id  BIGINT  NOT NULL,
    area_id         BIGINT  NOT NULL,
    period_start    DATE    NOT NULL,
    drafts          INT     NOT NULL DEFAULT 0,
    submitted       INT     NOT NULL DEFAULT 0,
    returned        INT     NOT NULL DEFAULT 0,
    approved        INT     NOT NULL DEFAULT 0,
    on_time         INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (report_form_id, area_id, period_start),
    CONSTRAINT fk_stat_area_completeness_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_stat_area_completeness_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stat_area_completeness;

--changeset programdesk:019-rebuild-stat-area-total
--comment: one-off rebuild for databases that had approved reports before areas: each institution's own area first, then level by level up the tree (township → county → city → province); flow (SUM) elements only, population is kept in area_population
DELETE FROM stat_area_total;
INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
SELECT f.data_element_id, i.area_id, f.period_start, SUM(f.value), COUNT(*)
FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation = 'SUM'
JOIN institution i ON i.id = f.institution_id
WHERE i.area_id IS NOT NULL
GROUP BY f.data_element_id, i.area_id, f.period_start;
INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
SELECT t.data_element_id, a.parent_id, t.period_start, SUM(t.total), SUM(t.reporters)
FROM stat_area_total t JOIN area a ON a.id = t.area_id WHERE a.level = 'TOWNSHIP' AND a.parent_id IS NOT NULL
GROUP BY t.data_element_id, a.parent_id, t.period_start
ON DUPLICATE KEY UPDATE total = stat_area_total.total + VALUES(total), reporters = stat_area_total.reporters + VALUES(reporters);
INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
SELECT t.data_element_id, a.parent_id, t.period_start, SUM(t.total), SUM(t.reporters)
FROM stat_area_total t JOIN area a ON a.id = t.area_id WHERE a.level = 'COUNTY' AND a.parent_id IS NOT NULL
GROUP BY t.data_element_id, a.parent_id, t.period_start
ON DUPLICATE KEY UPDATE total = stat_area_total.total + VALUES(total), reporters = stat_area_total.reporters + VALUES(reporters);
INSERT INTO stat_area_total (data_element_id, area_id, period_start, total, reporters)
SELECT t.data_element_id, a.parent_id, t.period_start, SUM(t.total), SUM(t.reporters)
FROM stat_area_total t JOIN area a ON a.id = t.area_id WHERE a.level = 'CITY' AND a.parent_id IS NOT NULL
GROUP BY t.data_element_id, a.parent_id, t.period_start
ON DUPLICATE KEY UPDATE total = stat_area_total.total + VALUES(total), reporters = stat_area_total.reporters + VALUES(reporters);
--rollback DELETE FROM stat_area_total;

--changeset programdesk:019-rebuild-stat-area-completeness
--comment: the same for the completeness counts: each institution's reports in its own area, then up the tree
INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, returned, approved, on_time)
SELECT r.report_form_id, i.area_id, r.period_start, SUM(r.status = 'DRAFT'), SUM(r.status = 'SUBMITTED'), SUM(r.status = 'RETURNED'),
       SUM(r.status = 'APPROVED'), SUM(r.status IN ('SUBMITTED', 'APPROVED') AND COALESCE(r.first_submitted_at < DATE_ADD(DATE_ADD(r.period_start,
           INTERVAL CASE f.frequency WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 1 END MONTH), INTERVAL f.due_day DAY), 0))
FROM stat_report r JOIN report_form f ON f.id = r.report_form_id JOIN institution i ON i.id = r.institution_id
WHERE i.area_id IS NOT NULL
GROUP BY r.report_form_id, i.area_id, r.period_start;
INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, returned, approved, on_time)
SELECT c.report_form_id, a.parent_id, c.period_start, SUM(c.drafts), SUM(c.submitted), SUM(c.returned), SUM(c.approved), SUM(c.on_time)
FROM stat_area_completeness c JOIN area a ON a.id = c.area_id WHERE a.level = 'TOWNSHIP' AND a.parent_id IS NOT NULL
GROUP BY c.report_form_id, a.parent_id, c.period_start
ON DUPLICATE KEY UPDATE drafts = stat_area_completeness.drafts + VALUES(drafts), submitted = stat_area_completeness.submitted + VALUES(submitted),
    returned = stat_area_completeness.returned + VALUES(returned), approved = stat_area_completeness.approved + VALUES(approved),
    on_time = stat_area_completeness.on_time + VALUES(on_time);
INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, returned, approved, on_time)
SELECT c.report_form_id, a.parent_id, c.period_start, SUM(c.drafts), SUM(c.submitted), SUM(c.returned), SUM(c.approved), SUM(c.on_time)
FROM stat_area_completeness c JOIN area a ON a.id = c.area_id WHERE a.level = 'COUNTY' AND a.parent_id IS NOT NULL
GROUP BY c.report_form_id, a.parent_id, c.period_start
ON DUPLICATE KEY UPDATE drafts = stat_area_completeness.drafts + VALUES(drafts), submitted = stat_area_completeness.submitted + VALUES(submitted),
    returned = stat_area_completeness.returned + VALUES(returned), approved = stat_area_completeness.approved + VALUES(approved),
    on_time = stat_area_completeness.on_time + VALUES(on_time);
INSERT INTO stat_area_completeness (report_form_id, area_id, period_start, drafts, submitted, returned, approved, on_time)
SELECT c.report_form_id, a.parent_id, c.period_start, SUM(c.drafts), SUM(c.submitted), SUM(c.returned), SUM(c.approved), SUM(c.on_time)
FROM stat_area_completeness c JOIN area a ON a.id = c.area_id WHERE a.level = 'CITY' AND a.parent_id IS NOT NULL
GROUP BY c.report_form_id, a.parent_id, c.period_start
ON DUPLICATE KEY UPDATE drafts = stat_area_completeness.drafts + VALUES(drafts), submitted = stat_area_completeness.submitted + VALUES(submitted),
    returned = stat_area_completeness.returned + VALUES(returned), approved = stat_area_completeness.approved + VALUES(approved),
    on_time = stat_area_completeness.on_time + VALUES(on_time);
--rollback DELETE FROM stat_area_completeness;

--changeset programdesk:019-rebuild-area-population
--comment: population figures from approved yearly reports of stock (LATEST) elements: the filing institution's area for the report's year (entered); then the sums of the children (entered = false) for areas without a figure of their own whose every active child has one, level by level up the tree
INSERT INTO area_population (area_id, data_element_id, year, value, entered, source_institution_id)
SELECT i.area_id, f.data_element_id, YEAR(f.period_start), f.value, TRUE, f.institution_id
FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation = 'LATEST'
JOIN institution i ON i.id = f.institution_id
WHERE i.area_id IS NOT NULL
ON DUPLICATE KEY UPDATE value = VALUES(value), entered = TRUE, source_institution_id = VALUES(source_institution_id);
INSERT INTO area_population (area_id, data_element_id, year, value, entered)
SELECT p.id, x.data_element_id, x.year, SUM(x.value), FALSE
FROM area p JOIN area ch ON ch.parent_id = p.id AND ch.active JOIN area_population x ON x.area_id = ch.id
WHERE p.level = 'COUNTY' AND NOT EXISTS (SELECT 1 FROM area_population own WHERE own.area_id = p.id AND own.data_element_id = x.data_element_id AND own.year = x.year)
GROUP BY p.id, x.data_element_id, x.year
HAVING COUNT(*) = (SELECT COUNT(*) FROM area c WHERE c.parent_id = p.id AND c.active);
INSERT INTO area_population (area_id, data_element_id, year, value, entered)
SELECT p.id, x.data_element_id, x.year, SUM(x.value), FALSE
FROM area p JOIN area ch ON ch.parent_id = p.id AND ch.active JOIN area_population x ON x.area_id = ch.id
WHERE p.level = 'CITY' AND NOT EXISTS (SELECT 1 FROM area_population own WHERE own.area_id = p.id AND own.data_element_id = x.data_element_id AND own.year = x.year)
GROUP BY p.id, x.data_element_id, x.year
HAVING COUNT(*) = (SELECT COUNT(*) FROM area c WHERE c.parent_id = p.id AND c.active);
INSERT INTO area_population (area_id, data_element_id, year, value, entered)
SELECT p.id, x.data_element_id, x.year, SUM(x.value), FALSE
FROM area p JOIN area ch ON ch.parent_id = p.id AND ch.active JOIN area_population x ON x.area_id = ch.id
WHERE p.level = 'PROVINCE' AND NOT EXISTS (SELECT 1 FROM area_population own WHERE own.area_id = p.id AND own.data_element_id = x.data_element_id AND own.year = x.year)
GROUP BY p.id, x.data_element_id, x.year
HAVING COUNT(*) = (SELECT COUNT(*) FROM area c WHERE c.parent_id = p.id AND c.active);
--rollback DELETE FROM area_population;
