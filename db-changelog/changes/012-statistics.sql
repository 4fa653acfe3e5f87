--liquibase formatted sql

--changeset programdesk:012-data-element
--comment: counts institutions report (数据元); SUM adds periods up (abortions), LATEST takes the newest value in a range (population)
CREATE TABLE data_element (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    unit_zh         VARCHAR(20)   NOT NULL,
    unit_en         VARCHAR(20)   NOT NULL,
    aggregation     VARCHAR(10)   NOT NULL DEFAULT 'SUM',
    description_zh  VARCHAR(500),
    description_en  VARCHAR(500),
    national_code   VARCHAR(40),
    CONSTRAINT uk_data_element_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE data_element;

--changeset programdesk:012-indicator
--comment: numerator / denominator × factor (‰ = 1000, % = 100); a count indicator has no denominator and factor 1
CREATE TABLE indicator (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT           NOT NULL DEFAULT 0,
    code             VARCHAR(40)   NOT NULL,
    name_zh          VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(200)  NOT NULL,
    numerator_id     BIGINT        NOT NULL,
    denominator_id   BIGINT,
    factor           INT           NOT NULL DEFAULT 1,
    description_zh   VARCHAR(500),
    description_en   VARCHAR(500),
    national_code    VARCHAR(40),
    position         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_numerator FOREIGN KEY (numerator_id) REFERENCES data_element (id),
    CONSTRAINT fk_indicator_denominator FOREIGN KEY (denominator_id) REFERENCES data_element (id),
    CONSTRAINT ck_indicator_factor CHECK (factor IN (1, 100, 1000, 10000, 100000))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE indicator;

--changeset programdesk:012-report-form
--comment: a form is filed once per period by each assigned institution; due on due_day of the month after the period
CREATE TABLE report_form (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    INT           NOT NULL DEFAULT 0,
    code       VARCHAR(40)   NOT NULL,
    name_zh    VARCHAR(100)  NOT NULL,
    name_en    VARCHAR(200)  NOT NULL,
    frequency  VARCHAR(10)   NOT NULL,
    due_day    INT           NOT NULL,
    active     BOOLEAN       NOT NULL DEFAULT TRUE,
    position   INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_report_form_code UNIQUE (code),
    CONSTRAINT ck_report_form_due_day CHECK (due_day BETWEEN 1 AND 28)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE report_form_element (
    report_form_id  BIGINT        NOT NULL,
    data_element_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    section_zh      VARCHAR(60),
    section_en      VARCHAR(100),
    PRIMARY KEY (report_form_id, data_element_id),
    CONSTRAINT fk_form_element_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_form_element_element FOREIGN KEY (data_element_id) REFERENCES data_element (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE report_form_institution (
    report_form_id  BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    PRIMARY KEY (report_form_id, institution_id),
    CONSTRAINT fk_form_institution_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_form_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_form_institution_institution ON report_form_institution (institution_id);
--rollback DROP TABLE report_form_institution; DROP TABLE report_form_element; DROP TABLE report_form;

--changeset programdesk:012-validation-rule
--comment: AT_MOST: sum(left) <= sum(right); SUM_EQUALS: sum(left) = sum(right); JUMP: each left element above factor × last period's value
CREATE TABLE validation_rule (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT            NOT NULL DEFAULT 0,
    report_form_id  BIGINT         NOT NULL,
    code            VARCHAR(40)    NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    severity        VARCHAR(10)    NOT NULL,
    left_elements   VARCHAR(400)   NOT NULL,
    right_elements  VARCHAR(400),
    factor          DECIMAL(8, 2),
    message_zh      VARCHAR(300)   NOT NULL,
    message_en      VARCHAR(300)   NOT NULL,
    CONSTRAINT uk_validation_rule_code UNIQUE (report_form_id, code),
    CONSTRAINT fk_validation_rule_form FOREIGN KEY (report_form_id) REFERENCES report_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE validation_rule;

--changeset programdesk:012-stat-report
--comment: one institution's filing of one form for one period; first_submitted_at decides timeliness
CREATE TABLE stat_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             INT           NOT NULL DEFAULT 0,
    report_form_id      BIGINT        NOT NULL,
    institution_id      BIGINT        NOT NULL,
    period_start        DATE          NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    source              VARCHAR(10)   NOT NULL DEFAULT 'ENTRY',
    return_count        INT           NOT NULL DEFAULT 0,
    first_submitted_at  DATETIME(3),
    submitted_at        DATETIME(3),
    submitted_by        VARCHAR(50),
    approved_at         DATETIME(3),
    created_by          VARCHAR(50)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_by          VARCHAR(50)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_stat_report_period UNIQUE (report_form_id, institution_id, period_start),
    CONSTRAINT fk_stat_report_form FOREIGN KEY (report_form_id) REFERENCES report_form (id),
    CONSTRAINT fk_stat_report_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the bureau's review list and completeness: one form, a range of periods, by state
CREATE INDEX ix_stat_report_form_period ON stat_report (report_form_id, period_start, status);
-- an institution's own reports, newest first
CREATE INDEX ix_stat_report_institution ON stat_report (institution_id, period_start);
-- the review queue across forms
CREATE INDEX ix_stat_report_status ON stat_report (status, submitted_at);
CREATE TABLE stat_value (
    stat_report_id   BIGINT        NOT NULL,
    data_element_id  BIGINT        NOT NULL,
    value            BIGINT,
    note             VARCHAR(500),
    PRIMARY KEY (stat_report_id, data_element_id),
    CONSTRAINT fk_stat_value_report FOREIGN KEY (stat_report_id) REFERENCES stat_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_stat_value_element FOREIGN KEY (data_element_id) REFERENCES data_element (id),
    CONSTRAINT ck_stat_value_not_negative CHECK (value IS NULL OR value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stat_value; DROP TABLE stat_report;

--changeset programdesk:012-stat-fact
--comment: approved values only, keyed for dashboards: written when a report is approved, removed when it is reopened
CREATE TABLE stat_fact (
    data_element_id  BIGINT   NOT NULL,
    period_start     DATE     NOT NULL,
    institution_id   BIGINT   NOT NULL,
    value            BIGINT   NOT NULL,
    PRIMARY KEY (data_element_id, period_start, institution_id),
    CONSTRAINT fk_stat_fact_element FOREIGN KEY (data_element_id) REFERENCES data_element (id),
    CONSTRAINT fk_stat_fact_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- one institution's trend of one element
CREATE INDEX ix_stat_fact_institution ON stat_fact (institution_id, data_element_id, period_start);
-- city totals per element and period, kept in step with stat_fact in the same transaction
CREATE TABLE stat_total (
    data_element_id  BIGINT   NOT NULL,
    period_start     DATE     NOT NULL,
    total            BIGINT   NOT NULL,
    reporters        INT      NOT NULL,
    PRIMARY KEY (data_element_id, period_start),
    CONSTRAINT fk_stat_total_element FOREIGN KEY (data_element_id) REFERENCES data_element (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stat_total; DROP TABLE stat_fact;

--changeset programdesk:012-target-indicator
ALTER TABLE target ADD COLUMN indicator_id BIGINT NULL;
ALTER TABLE target ADD CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id);
ALTER TABLE finding ADD CONSTRAINT fk_finding_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id);
--rollback ALTER TABLE finding DROP FOREIGN KEY fk_finding_indicator; ALTER TABLE target DROP FOREIGN KEY fk_target_indicator; ALTER TABLE target DROP COLUMN indicator_id;

--changeset programdesk:012-seed-catalog
--comment: the pilot's elements, indicators, forms and rules (from the seeds); institutions are assigned by the bureau
INSERT INTO data_element (code, name_zh, name_en, unit_zh, unit_en, aggregation, description_zh, description_en, national_code) VALUES
 ('EP_VISITS', '早孕门诊就诊人次', 'Early-pregnancy clinic visits', '人次', 'visits', 'SUM', '早孕关爱门诊本期接诊总人次', 'All visits to the early-pregnancy care clinic in the period', NULL),
 ('EP_PATH_CONTINUE', '继续妊娠路径', 'Pathway: continuing pregnancy', '人次', 'visits', 'SUM', '分流至继续妊娠路径的人次', 'Visits routed to the continuing-pregnancy pathway', NULL),
 ('EP_PATH_ABNORMAL', '异常早孕路径', 'Pathway: abnormal early pregnancy', '人次', 'visits', 'SUM', '分流至异常早孕路径的人次', 'Visits routed to the abnormal-early-pregnancy pathway', NULL),
 ('EP_PATH_TERMINATE', '意向终止妊娠路径', 'Pathway: considering abortion', '人次', 'visits', 'SUM', '分流至意向终止妊娠路径的人次', 'Visits routed to the considering-abortion pathway', NULL),
 ('RISK_GREEN', '绿色（低风险）', 'Green (low risk)', '人', 'women', 'SUM', '五色风险评估为绿色的人数', 'Women assessed green in the five-colour risk grading', NULL),
 ('RISK_YELLOW', '黄色（一般风险）', 'Yellow (moderate risk)', '人', 'women', 'SUM', '五色风险评估为黄色的人数', 'Women assessed yellow', NULL),
 ('RISK_ORANGE', '橙色（较高风险）', 'Orange (high risk)', '人', 'women', 'SUM', '五色风险评估为橙色的人数', 'Women assessed orange', NULL),
 ('RISK_RED', '红色（高风险）', 'Red (very high risk)', '人', 'women', 'SUM', '五色风险评估为红色的人数', 'Women assessed red', NULL),
 ('RISK_PURPLE', '紫色（传染病）', 'Purple (infectious disease)', '人', 'women', 'SUM', '五色风险评估为紫色的人数', 'Women assessed purple', NULL),
 ('INDUCED_ABORTIONS', '人工流产例数', 'Induced abortions', '例', 'cases', 'SUM', '本期实施的人工流产例数', 'Induced abortions performed in the period', NULL),
 ('REPEAT_ABORTIONS', '重复流产例数', 'Repeat abortions', '例', 'cases', 'SUM', '其中既往有人工流产史的例数', 'Of these, women with an earlier induced abortion', NULL),
 ('PAC_COUNSELLING', '流产后避孕咨询人次', 'Post-abortion contraception counselling', '人次', 'sessions', 'SUM', '流产后关爱（PAC）咨询服务人次', 'Post-abortion care (PAC) counselling sessions', NULL),
 ('PAC_LARC', '流产后落实长效避孕例数', 'Long-acting contraception after abortion', '例', 'cases', 'SUM', '流产后即时落实宫内节育器、皮下埋植等长效措施的例数', 'Women starting an IUD, implant or other long-acting method after abortion', NULL),
 ('REFERRALS_MCH', '转诊妇幼保健院例数', 'Referrals to the MCH hospital', '例', 'cases', 'SUM', '橙色及以上转诊至妇幼保健院的例数', 'Orange-and-above referrals to the MCH hospital', NULL),
 ('FOLLOWUPS_CLOSED', '随访结案数', 'Follow-ups closed', '例', 'cases', 'SUM', '本期完成随访并结案的例数', 'Follow-ups completed and closed in the period', NULL),
 ('FREE_CONDOMS', '免费避孕套', 'Free condoms issued', '只', 'pieces', 'SUM', NULL, NULL, NULL),
 ('FREE_ORAL', '免费口服避孕药', 'Free oral contraceptives issued', '板', 'packs', 'SUM', NULL, NULL, NULL),
 ('FREE_IUD', '免费宫内节育器', 'Free IUDs issued', '个', 'pieces', 'SUM', NULL, NULL, NULL),
 ('FREE_EMERGENCY', '免费紧急避孕药', 'Free emergency contraceptives issued', '片', 'tablets', 'SUM', NULL, NULL, NULL),
 ('FREE_TOPICAL', '免费外用避孕药', 'Free topical contraceptives issued', '支', 'tubes', 'SUM', NULL, NULL, NULL),
 ('CONTRACEPTION_COUNSELLING', '避孕咨询服务人次', 'Contraception counselling sessions', '人次', 'sessions', 'SUM', NULL, NULL, NULL),
 ('SURVEYED', '调查人数', 'People surveyed', '人', 'people', 'SUM', '生殖健康知识知晓率调查的调查人数', 'People asked in the reproductive-health awareness survey', NULL),
 ('AWARE', '知晓人数', 'People aware', '人', 'people', 'SUM', '调查中回答合格的人数', 'People who answered the survey correctly', NULL),
 ('WCBA_POPULATION', '辖区育龄妇女数', 'Women of childbearing age in the area', '人', 'women', 'LATEST', '辖区15–49岁育龄妇女人数（年末）', 'Women aged 15–49 living in the area (end of year)', NULL);

INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'REPEAT_ABORTION_RATE', '重复流产率', 'Repeat abortion rate', n.id, d.id, 1000, '重复流产例数 / 人工流产例数 × 1000‰', 'Repeat abortions / induced abortions × 1000', 1
FROM data_element n, data_element d WHERE n.code = 'REPEAT_ABORTIONS' AND d.code = 'INDUCED_ABORTIONS';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'INDUCED_ABORTION_RATE', '人工流产率', 'Induced abortion rate', n.id, d.id, 1000, '人工流产例数 / 辖区育龄妇女数 × 1000‰', 'Induced abortions / women of childbearing age × 1000', 2
FROM data_element n, data_element d WHERE n.code = 'INDUCED_ABORTIONS' AND d.code = 'WCBA_POPULATION';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'PAC_LARC_RATE', '流产后长效避孕落实率', 'Post-abortion long-acting contraception uptake', n.id, d.id, 100, '流产后落实长效避孕例数 / 人工流产例数 × 100%', 'Long-acting contraception after abortion / induced abortions × 100', 3
FROM data_element n, data_element d WHERE n.code = 'PAC_LARC' AND d.code = 'INDUCED_ABORTIONS';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'AWARENESS_RATE', '生殖健康知识知晓率', 'Reproductive-health awareness rate', n.id, d.id, 100, '知晓人数 / 调查人数 × 100%', 'People aware / people surveyed × 100', 4
FROM data_element n, data_element d WHERE n.code = 'AWARE' AND d.code = 'SURVEYED';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'EP_VISITS', '早孕门诊就诊人次', 'Early-pregnancy clinic visits', n.id, NULL, 1, NULL, NULL, 5 FROM data_element n WHERE n.code = 'EP_VISITS';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'INDUCED_ABORTIONS', '人工流产例数', 'Induced abortions', n.id, NULL, 1, NULL, NULL, 6 FROM data_element n WHERE n.code = 'INDUCED_ABORTIONS';
INSERT INTO indicator (code, name_zh, name_en, numerator_id, denominator_id, factor, description_zh, description_en, position)
SELECT 'PAC_COUNSELLING', '流产后避孕咨询人次', 'Post-abortion counselling sessions', n.id, NULL, 1, NULL, NULL, 7 FROM data_element n WHERE n.code = 'PAC_COUNSELLING';

INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, position) VALUES
 ('EARLY_PREGNANCY', '早孕关爱服务月报表', 'Early-pregnancy care (monthly)', 'MONTHLY', 5, 1),
 ('BASIC_CONTRACEPTION', '基本避孕服务项目月报表', 'Basic contraception service (monthly)', 'MONTHLY', 5, 2),
 ('AWARENESS_SURVEY', '生殖健康知识知晓率调查季报表', 'Reproductive-health awareness survey (quarterly)', 'QUARTERLY', 10, 3),
 ('AREA_POPULATION', '辖区育龄妇女人口年报表', 'Women of childbearing age in the area (yearly)', 'YEARLY', 20, 4);

INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
SELECT f.id, e.id, x.position, x.section_zh, x.section_en FROM report_form f JOIN (
          SELECT 'EP_VISITS' AS code, 1 AS position, '早孕门诊' AS section_zh, 'Early-pregnancy clinic' AS section_en
    UNION SELECT 'EP_PATH_CONTINUE', 2, '早孕门诊', 'Early-pregnancy clinic'
    UNION SELECT 'EP_PATH_ABNORMAL', 3, '早孕门诊', 'Early-pregnancy clinic'
    UNION SELECT 'EP_PATH_TERMINATE', 4, '早孕门诊', 'Early-pregnancy clinic'
    UNION SELECT 'RISK_GREEN', 5, '五色风险评估', 'Five-colour risk grading'
    UNION SELECT 'RISK_YELLOW', 6, '五色风险评估', 'Five-colour risk grading'
    UNION SELECT 'RISK_ORANGE', 7, '五色风险评估', 'Five-colour risk grading'
    UNION SELECT 'RISK_RED', 8, '五色风险评估', 'Five-colour risk grading'
    UNION SELECT 'RISK_PURPLE', 9, '五色风险评估', 'Five-colour risk grading'
    UNION SELECT 'INDUCED_ABORTIONS', 10, '流产与流产后关爱', 'Abortion and post-abortion care'
    UNION SELECT 'REPEAT_ABORTIONS', 11, '流产与流产后关爱', 'Abortion and post-abortion care'
    UNION SELECT 'PAC_COUNSELLING', 12, '流产与流产后关爱', 'Abortion and post-abortion care'
    UNION SELECT 'PAC_LARC', 13, '流产与流产后关爱', 'Abortion and post-abortion care'
    UNION SELECT 'REFERRALS_MCH', 14, '转诊与随访', 'Referrals and follow-up'
    UNION SELECT 'FOLLOWUPS_CLOSED', 15, '转诊与随访', 'Referrals and follow-up'
) x JOIN data_element e ON e.code = x.code WHERE f.code = 'EARLY_PREGNANCY';
INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
SELECT f.id, e.id, x.position, x.section_zh, x.section_en FROM report_form f JOIN (
          SELECT 'FREE_CONDOMS' AS code, 1 AS position, '免费避孕药具发放' AS section_zh, 'Free contraceptives issued' AS section_en
    UNION SELECT 'FREE_ORAL', 2, '免费避孕药具发放', 'Free contraceptives issued'
    UNION SELECT 'FREE_IUD', 3, '免费避孕药具发放', 'Free contraceptives issued'
    UNION SELECT 'FREE_EMERGENCY', 4, '免费避孕药具发放', 'Free contraceptives issued'
    UNION SELECT 'FREE_TOPICAL', 5, '免费避孕药具发放', 'Free contraceptives issued'
    UNION SELECT 'CONTRACEPTION_COUNSELLING', 6, '咨询服务', 'Counselling'
) x JOIN data_element e ON e.code = x.code WHERE f.code = 'BASIC_CONTRACEPTION';
INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
SELECT f.id, e.id, x.position, NULL, NULL FROM report_form f JOIN (
          SELECT 'SURVEYED' AS code, 1 AS position UNION SELECT 'AWARE', 2
) x JOIN data_element e ON e.code = x.code WHERE f.code = 'AWARENESS_SURVEY';
INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
SELECT f.id, e.id, 1, NULL, NULL FROM report_form f JOIN data_element e ON e.code = 'WCBA_POPULATION' WHERE f.code = 'AREA_POPULATION';

INSERT INTO validation_rule (report_form_id, code, kind, severity, left_elements, right_elements, factor, message_zh, message_en)
SELECT f.id, x.code, x.kind, x.severity, x.left_elements, x.right_elements, x.factor, x.message_zh, x.message_en FROM report_form f JOIN (
          SELECT 'EARLY_PREGNANCY' AS form, 'PATHWAYS_SUM' AS code, 'SUM_EQUALS' AS kind, 'ERROR' AS severity,
                 'EP_PATH_CONTINUE,EP_PATH_ABNORMAL,EP_PATH_TERMINATE' AS left_elements, 'EP_VISITS' AS right_elements, NULL AS factor,
                 '三种路径人次之和应等于早孕门诊就诊人次' AS message_zh, 'The three pathways must add up to the clinic visits' AS message_en
    UNION SELECT 'EARLY_PREGNANCY', 'RISK_WITHIN_VISITS', 'AT_MOST', 'ERROR', 'RISK_GREEN,RISK_YELLOW,RISK_ORANGE,RISK_RED,RISK_PURPLE', 'EP_VISITS', NULL,
                 '五色风险评估人数之和不能超过早孕门诊就诊人次', 'The five risk colours cannot add up to more than the clinic visits'
    UNION SELECT 'EARLY_PREGNANCY', 'REPEAT_WITHIN_INDUCED', 'AT_MOST', 'ERROR', 'REPEAT_ABORTIONS', 'INDUCED_ABORTIONS', NULL,
                 '重复流产例数不能大于人工流产例数', 'Repeat abortions cannot exceed induced abortions'
    UNION SELECT 'EARLY_PREGNANCY', 'LARC_WITHIN_INDUCED', 'AT_MOST', 'ERROR', 'PAC_LARC', 'INDUCED_ABORTIONS', NULL,
                 '流产后落实长效避孕例数不能大于人工流产例数', 'Long-acting contraception after abortion cannot exceed induced abortions'
    UNION SELECT 'EARLY_PREGNANCY', 'JUMP', 'JUMP', 'WARNING',
                 'EP_VISITS,INDUCED_ABORTIONS,REPEAT_ABORTIONS,PAC_COUNSELLING,PAC_LARC,REFERRALS_MCH,FOLLOWUPS_CLOSED', NULL, 3,
                 '数值超过上期的3倍，请核实并填写说明', 'More than 3 times last period''s value: check it and explain'
    UNION SELECT 'BASIC_CONTRACEPTION', 'JUMP', 'JUMP', 'WARNING',
                 'FREE_CONDOMS,FREE_ORAL,FREE_IUD,FREE_EMERGENCY,FREE_TOPICAL,CONTRACEPTION_COUNSELLING', NULL, 3,
                 '数值超过上期的3倍，请核实并填写说明', 'More than 3 times last period''s value: check it and explain'
    UNION SELECT 'AWARENESS_SURVEY', 'AWARE_WITHIN_SURVEYED', 'AT_MOST', 'ERROR', 'AWARE', 'SURVEYED', NULL,
                 '知晓人数不能大于调查人数', 'People aware cannot exceed people surveyed'
) x ON x.form = f.code;
