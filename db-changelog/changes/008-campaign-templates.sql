--liquibase formatted sql

--changeset programdesk:008-holiday
--comment: days off besides weekends, for deadlines counted in working days
CREATE TABLE holiday (
    day   DATE         NOT NULL PRIMARY KEY,
    name  VARCHAR(60)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO holiday (day, name) VALUES
    ('2026-10-01', '国庆节'), ('2026-10-02', '国庆节'), ('2026-10-05', '国庆节'), ('2026-10-06', '国庆节'), ('2026-10-07', '国庆节'),
    ('2027-01-01', '元旦'),
    ('2027-02-05', '春节'), ('2027-02-08', '春节'), ('2027-02-09', '春节'), ('2027-02-10', '春节'), ('2027-02-11', '春节'),
    ('2027-04-05', '清明节'), ('2027-05-03', '劳动节'), ('2027-05-04', '劳动节'), ('2027-05-05', '劳动节'), ('2027-06-09', '端午节');
--rollback DROP TABLE holiday;

--changeset programdesk:008-campaign-template
CREATE TABLE campaign_template (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT           NOT NULL DEFAULT 0,
    name           VARCHAR(100)  NOT NULL,
    activity_type  VARCHAR(30),
    CONSTRAINT uk_campaign_template_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE template_step (
    template_id        BIGINT        NOT NULL,
    position           INT           NOT NULL,
    offset_days        INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    responsible_role   VARCHAR(60),
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_template_step_template FOREIGN KEY (template_id) REFERENCES campaign_template (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO campaign_template (id, name, activity_type) VALUES (1, '主题宣传日', 'CAMPAIGN_DAY'), (2, '进校园讲座', 'LECTURE');
INSERT INTO template_step (template_id, position, offset_days, title, responsible_role) VALUES
    (1, 0, -14, '预订场地', '办公室'), (1, 1, -7, '发布宣传预告', '宣传干事'), (1, 2, -2, '准备宣传品和咨询台', '活动负责人'),
    (1, 3, 3, '上传活动照片和参与人数', '活动负责人'),
    (2, 0, -10, '联系学校确定时间和班级', '活动负责人'), (2, 1, -3, '确认授课专家和课件', '活动负责人'),
    (2, 2, 2, '上传签到表和照片', '活动负责人');
--rollback DROP TABLE template_step; DROP TABLE campaign_template;

--changeset programdesk:008-task-template-offset
--comment: a task created from a template keeps its offset, so it moves when its activity moves
ALTER TABLE task ADD COLUMN template_offset INT;
CREATE INDEX ix_task_activity ON task (activity_id, status);
--rollback ALTER TABLE task DROP COLUMN template_offset;
