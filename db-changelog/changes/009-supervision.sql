--liquibase formatted sql

--changeset programdesk:009-checklist-template
--comment: a template version is never changed once saved; editing saves the next version of the same family
CREATE TABLE checklist_template (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      INT           NOT NULL DEFAULT 0,
    family       VARCHAR(40)   NOT NULL,
    version_no   INT           NOT NULL,
    latest       BOOLEAN       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    created_by   VARCHAR(50)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uk_checklist_template_version UNIQUE (family, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_checklist_template_latest ON checklist_template (latest, name);
CREATE TABLE checklist_item (
    checklist_template_id  BIGINT         NOT NULL,
    position               INT            NOT NULL,
    category               VARCHAR(100)   NOT NULL,
    text                   VARCHAR(300)   NOT NULL,
    guidance               VARCHAR(1000),
    max_score              INT,
    PRIMARY KEY (checklist_template_id, position),
    CONSTRAINT fk_checklist_item_template FOREIGN KEY (checklist_template_id) REFERENCES checklist_template (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE checklist_item; DROP TABLE checklist_template;

--changeset programdesk:009-supervision-round
CREATE TABLE supervision_round (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                INT           NOT NULL DEFAULT 0,
    title                  VARCHAR(200)  NOT NULL,
    program_id             BIGINT        NOT NULL,
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    checklist_template_id  BIGINT        NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    created_by             VARCHAR(50)   NOT NULL,
    created_at             DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    CONSTRAINT fk_round_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_round_template FOREIGN KEY (checklist_template_id) REFERENCES checklist_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_round_starts ON supervision_round (starts_on, id);
CREATE TABLE round_institution (
    supervision_round_id  BIGINT NOT NULL,
    institution_id        BIGINT NOT NULL,
    PRIMARY KEY (supervision_round_id, institution_id),
    CONSTRAINT fk_round_institution_round FOREIGN KEY (supervision_round_id) REFERENCES supervision_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE round_inspector (
    supervision_round_id  BIGINT NOT NULL,
    user_id               BIGINT NOT NULL,
    PRIMARY KEY (supervision_round_id, user_id),
    CONSTRAINT fk_round_inspector_round FOREIGN KEY (supervision_round_id) REFERENCES supervision_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_inspector_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_round_inspector_user ON round_inspector (user_id);
--rollback DROP TABLE round_inspector; DROP TABLE round_institution; DROP TABLE supervision_round;

--changeset programdesk:009-visit
--comment: a visit keeps the template version it was recorded with, so template changes never alter it
CREATE TABLE visit (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                INT            NOT NULL DEFAULT 0,
    supervision_round_id   BIGINT         NOT NULL,
    institution_id         BIGINT         NOT NULL,
    checklist_template_id  BIGINT         NOT NULL,
    visit_date             DATE           NOT NULL,
    summary                VARCHAR(2000),
    recorded_by            VARCHAR(50)    NOT NULL,
    updated_at             DATETIME(3)    NOT NULL,
    CONSTRAINT uk_visit_round_institution UNIQUE (supervision_round_id, institution_id),
    CONSTRAINT fk_visit_round FOREIGN KEY (supervision_round_id) REFERENCES supervision_round (id),
    CONSTRAINT fk_visit_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_visit_template FOREIGN KEY (checklist_template_id) REFERENCES checklist_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE visit_inspector (
    visit_id  BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (visit_id, user_id),
    CONSTRAINT fk_visit_inspector_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT fk_visit_inspector_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE visit_result (
    visit_id       BIGINT        NOT NULL,
    item_position  INT           NOT NULL,
    result         VARCHAR(20)   NOT NULL,
    score          INT,
    note           VARCHAR(500),
    PRIMARY KEY (visit_id, item_position),
    CONSTRAINT fk_visit_result_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE visit_result; DROP TABLE visit_inspector; DROP TABLE visit;

--changeset programdesk:009-finding
CREATE TABLE finding (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               INT            NOT NULL DEFAULT 0,
    supervision_round_id  BIGINT         NOT NULL,
    visit_id              BIGINT         NOT NULL,
    institution_id        BIGINT         NOT NULL,
    item_position         INT,
    category              VARCHAR(100)   NOT NULL,
    severity              VARCHAR(20)    NOT NULL,
    description           VARCHAR(2000)  NOT NULL,
    required_correction   VARCHAR(2000)  NOT NULL,
    due_date              DATE           NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    return_count          INT            NOT NULL DEFAULT 0,
    indicator_id          BIGINT,
    created_by            VARCHAR(50)    NOT NULL,
    created_at            DATETIME(3)    NOT NULL,
    updated_at            DATETIME(3)    NOT NULL,
    closed_at             DATETIME(3),
    CONSTRAINT fk_finding_round FOREIGN KEY (supervision_round_id) REFERENCES supervision_round (id),
    CONSTRAINT fk_finding_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_finding_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- institutions read their own by due date; the bureau filters by round, status and due date
CREATE INDEX ix_finding_institution_due ON finding (institution_id, status, due_date);
CREATE INDEX ix_finding_round_status ON finding (supervision_round_id, status, due_date);
CREATE INDEX ix_finding_status_due ON finding (status, due_date);
CREATE INDEX ix_finding_visit ON finding (visit_id);
--rollback DROP TABLE finding;

--changeset programdesk:009-correction
--comment: one row per submission; the bureau's verdict is written onto it once
CREATE TABLE correction (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT            NOT NULL DEFAULT 0,
    finding_id     BIGINT         NOT NULL,
    measures       VARCHAR(2000)  NOT NULL,
    completed_on   DATE           NOT NULL,
    submitted_by   VARCHAR(50)    NOT NULL,
    submitted_at   DATETIME(3)    NOT NULL,
    verdict        VARCHAR(20),
    reviewed_by    VARCHAR(50),
    reviewed_at    DATETIME(3),
    review_note    VARCHAR(1000),
    CONSTRAINT fk_correction_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_correction_finding ON correction (finding_id, submitted_at);
-- who opened which evidence file: verifying needs at least one look (or an explicit "no evidence needed")
CREATE TABLE evidence_opened (
    correction_id  BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    opened_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (correction_id, user_id),
    CONSTRAINT fk_evidence_opened_correction FOREIGN KEY (correction_id) REFERENCES correction (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE evidence_opened; DROP TABLE correction;

--changeset programdesk:009-notification-finding
ALTER TABLE notification ADD COLUMN finding_id BIGINT;
--rollback ALTER TABLE notification DROP COLUMN finding_id;

--changeset programdesk:009-checklist-seed
--comment: the checklist of the basic contraception service program, so a first round can be planned at once
INSERT INTO checklist_template (family, version_no, latest, name, created_by, created_at)
VALUES ('BASIC-CONTRACEPTION', 1, TRUE, '基本避孕服务项目督导检查表', 'system', NOW(3));
SET @template = LAST_INSERT_ID();
INSERT INTO checklist_item (checklist_template_id, position, category, text, guidance, max_score) VALUES
(@template, 0, '药具管理', '免费避孕药具发放登记本记录完整', '抽查近 3 个月登记本：发放日期、品种、数量、领取人签字齐全', 10),
(@template, 1, '药具管理', '药具库存账物相符，储存条件符合要求', '核对库存账与实物；查看有效期、防潮防晒措施', 10),
(@template, 2, '流产后服务', '人工流产后避孕咨询服务落实并有记录', '抽查 10 份流产病历，核对术后咨询记录与落实的避孕措施', 20),
(@template, 3, '流产后服务', '流产后随访记录完整，随访率达标', '查看随访登记：术后 1、3、6 个月随访情况', 15),
(@template, 4, '健康教育', '候诊区、诊室摆放健康教育资料并及时更新', '现场查看宣传资料种类、数量和更新日期', 10),
(@template, 5, '健康教育', '开展青少年生殖健康宣教活动', '查看活动记录、照片和签到表', 5),
(@template, 6, '人员培训', '医护人员避孕节育技术培训记录齐全', '查看年度培训计划、签到表和考核结果', 10),
(@template, 7, '信息管理', '按时在流产后避孕服务平台上报信息', '登录平台核对近 3 个月上报的及时性和完整性', 10),
(@template, 8, '信息管理', '高危（橙色及以上）转诊登记规范', '核对转诊登记与平台记录是否一致', 10);
--rollback DELETE FROM checklist_template WHERE family = 'BASIC-CONTRACEPTION';
