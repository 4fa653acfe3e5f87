--liquibase formatted sql

--changeset programdesk:034-rule-expressions
--comment: validation rules as expressions (issue 17, slice 5): left expression, operator (<=, <, =, >=, >, !=), right expression over #{CODE} and PREV{CODE} (last period's value of the same institution); retired instead of deleted. Today's kinds migrate: AT_MOST sum(left) <= sum(right), SUM_EQUALS sum(left) = sum(right), JUMP one rule per element #{X} / PREV{X} <= factor (a division by a last value of 0 has no value, so the rule is skipped as JUMP skipped it). kind, left_elements, right_elements and factor stay (no longer read) until the branches in flight are merged
ALTER TABLE validation_rule
    ADD COLUMN left_expression   VARCHAR(500)  NULL,
    ADD COLUMN operator          VARCHAR(2)    NULL,
    ADD COLUMN right_expression  VARCHAR(500)  NULL,
    ADD COLUMN retired           BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN retired_by        VARCHAR(50)   NULL,
    ADD COLUMN retired_at        DATETIME(3)   NULL,
    MODIFY COLUMN kind           VARCHAR(20)   NULL,
    MODIFY COLUMN left_elements  VARCHAR(400)  NULL;
UPDATE validation_rule
SET left_expression = CONCAT('#{', REPLACE(REPLACE(left_elements, ' ', ''), ',', '} + #{'), '}'),
    operator = CASE kind WHEN 'AT_MOST' THEN '<=' ELSE '=' END,
    right_expression = CONCAT('#{', REPLACE(REPLACE(right_elements, ' ', ''), ',', '} + #{'), '}')
WHERE kind IN ('AT_MOST', 'SUM_EQUALS');
INSERT INTO validation_rule (report_form_id, code, severity, left_expression, operator, right_expression, message_zh, message_en)
SELECT r.report_form_id, LEFT(CONCAT(r.code, '_', e.code), 40), r.severity,
       CONCAT('#{', e.code, '} / PREV{', e.code, '}'), '<=',
       TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(r.factor AS CHAR))), r.message_zh, r.message_en
FROM validation_rule r JOIN data_element e ON FIND_IN_SET(e.code, REPLACE(r.left_elements, ' ', '')) > 0
WHERE r.kind = 'JUMP' AND r.factor IS NOT NULL
ORDER BY r.id, FIND_IN_SET(e.code, REPLACE(r.left_elements, ' ', ''));
DELETE FROM validation_rule WHERE kind = 'JUMP';
ALTER TABLE validation_rule
    MODIFY COLUMN left_expression   VARCHAR(500)  NOT NULL,
    MODIFY COLUMN operator          VARCHAR(2)    NOT NULL,
    MODIFY COLUMN right_expression  VARCHAR(500)  NOT NULL;
--rollback ALTER TABLE validation_rule DROP COLUMN retired_at, DROP COLUMN retired_by, DROP COLUMN retired, DROP COLUMN right_expression, DROP COLUMN operator, DROP COLUMN left_expression;

--changeset programdesk:034-rules-per-version
--comment: a form version keeps its rules (issue 17, slice 5): every rule is copied to each version of its form, and a new version starts with a copy of the newest one's rules, so editing the rules of the newest version never changes what older versions' reports were checked against. A rule without a version (a form written around the portal) applies to every version
ALTER TABLE validation_rule
    ADD COLUMN form_version_id BIGINT NULL,
    ADD CONSTRAINT fk_validation_rule_version FOREIGN KEY (form_version_id) REFERENCES report_form_version (id) ON DELETE CASCADE,
    ADD CONSTRAINT uk_validation_rule_version_code UNIQUE (report_form_id, form_version_id, code),
    DROP INDEX uk_validation_rule_code;
UPDATE validation_rule r
SET r.form_version_id = (SELECT MIN(v.id) FROM report_form_version v WHERE v.report_form_id = r.report_form_id);
INSERT INTO validation_rule (report_form_id, form_version_id, code, kind, severity, left_elements, right_elements, factor,
                             left_expression, operator, right_expression, message_zh, message_en)
SELECT r.report_form_id, v.id, r.code, r.kind, r.severity, r.left_elements, r.right_elements, r.factor,
       r.left_expression, r.operator, r.right_expression, r.message_zh, r.message_en
FROM validation_rule r JOIN report_form_version v ON v.report_form_id = r.report_form_id AND v.id <> r.form_version_id
ORDER BY r.id, v.id;
--rollback ALTER TABLE validation_rule DROP FOREIGN KEY fk_validation_rule_version, DROP INDEX uk_validation_rule_version_code, DROP COLUMN form_version_id, ADD CONSTRAINT uk_validation_rule_code UNIQUE (report_form_id, code);
