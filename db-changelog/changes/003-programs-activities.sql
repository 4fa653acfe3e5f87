--liquibase formatted sql

--changeset programdesk:003-program
CREATE TABLE program (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT           NOT NULL DEFAULT 0,
    title            VARCHAR(200)  NOT NULL,
    document_number  VARCHAR(60),
    issuers          VARCHAR(300),
    period_start     DATE          NOT NULL,
    period_end       DATE          NOT NULL,
    description      TEXT,
    status           VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    created_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT ck_program_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_program_status ON program (status, period_start);
--rollback DROP TABLE program;

--changeset programdesk:003-work-stream
CREATE TABLE work_stream (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    program_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_work_stream_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT uk_work_stream_name UNIQUE (program_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_work_stream_program ON work_stream (program_id, position);
--rollback DROP TABLE work_stream;

--changeset programdesk:003-target
CREATE TABLE target (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              INT            NOT NULL DEFAULT 0,
    program_id           BIGINT         NOT NULL,
    work_stream_id       BIGINT,
    name                 VARCHAR(100)   NOT NULL,
    unit                 VARCHAR(20)    NOT NULL,
    direction            VARCHAR(20)    NOT NULL,
    target_value         DECIMAL(14, 2) NOT NULL,
    period_start         DATE,
    period_end           DATE,
    measure              VARCHAR(30)    NOT NULL,
    activity_types       VARCHAR(400),
    audiences            VARCHAR(400),
    organiser_id         BIGINT,
    expected_by          VARCHAR(20)    NOT NULL DEFAULT 'PRO_RATA',
    position             INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_target_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_target_work_stream FOREIGN KEY (work_stream_id) REFERENCES work_stream (id),
    CONSTRAINT fk_target_organiser FOREIGN KEY (organiser_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_target_program ON target (program_id, position);
--rollback DROP TABLE target;

--changeset programdesk:003-activity
CREATE TABLE activity (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              INT           NOT NULL DEFAULT 0,
    program_id           BIGINT        NOT NULL,
    work_stream_id       BIGINT,
    title                VARCHAR(200)  NOT NULL,
    type                 VARCHAR(30)   NOT NULL,
    format               VARCHAR(20)   NOT NULL,
    starts_at            DATETIME,
    ends_at              DATETIME,
    window_start         DATE          NOT NULL,
    window_end           DATE          NOT NULL,
    place                VARCHAR(200),
    organiser_id         BIGINT        NOT NULL,
    planned_attendance   INT,
    actual_attendance    INT,
    status               VARCHAR(20)   NOT NULL DEFAULT 'PLANNED',
    cancel_reason        VARCHAR(500),
    outcome_note         TEXT,
    created_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_activity_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_activity_work_stream FOREIGN KEY (work_stream_id) REFERENCES work_stream (id),
    CONSTRAINT fk_activity_organiser FOREIGN KEY (organiser_id) REFERENCES institution (id),
    CONSTRAINT ck_activity_times CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at),
    CONSTRAINT ck_activity_window CHECK (window_end >= window_start),
    CONSTRAINT ck_activity_attendance CHECK ((planned_attendance IS NULL OR planned_attendance >= 0)
        AND (actual_attendance IS NULL OR actual_attendance >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the calendar reads a date range; targets read done activities of a program in a period
CREATE INDEX ix_activity_window ON activity (window_start, window_end);
CREATE INDEX ix_activity_starts ON activity (starts_at);
CREATE INDEX ix_activity_program_status ON activity (program_id, status, window_start);
CREATE INDEX ix_activity_organiser ON activity (organiser_id, window_start);
--rollback DROP TABLE activity;

--changeset programdesk:003-activity-audience
CREATE TABLE activity_audience (
    activity_id  BIGINT       NOT NULL,
    audience     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (activity_id, audience),
    CONSTRAINT fk_activity_audience_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_activity_audience ON activity_audience (audience, activity_id);
--rollback DROP TABLE activity_audience;

--changeset programdesk:003-activity-partner
CREATE TABLE activity_partner (
    activity_id     BIGINT  NOT NULL,
    institution_id  BIGINT  NOT NULL,
    PRIMARY KEY (activity_id, institution_id),
    CONSTRAINT fk_activity_partner_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_partner_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE activity_partner;

--changeset programdesk:003-workflow-transition
CREATE TABLE workflow_transition (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    from_state   VARCHAR(30),
    to_state     VARCHAR(30)   NOT NULL,
    actor        VARCHAR(50)   NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    note         VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_workflow_transition_entity ON workflow_transition (entity_type, entity_id, occurred_at);
--rollback DROP TABLE workflow_transition;

--changeset programdesk:003-observance-day
CREATE TABLE observance_day (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    month_of_year   INT           NOT NULL,
    day_of_month    INT           NOT NULL,
    name_zh         VARCHAR(60)   NOT NULL,
    name_en         VARCHAR(100),
    activity_type   VARCHAR(30)   NOT NULL DEFAULT 'CAMPAIGN_DAY',
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_observance_day UNIQUE (month_of_year, day_of_month, name_zh),
    CONSTRAINT ck_observance_day CHECK (month_of_year BETWEEN 1 AND 12 AND day_of_month BETWEEN 1 AND 31)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO observance_day (month_of_year, day_of_month, name_zh, name_en, activity_type) VALUES
    (5, 29, '计生协会员活动日', 'Association Member Day', 'MEMBER_EVENT'),
    (9, 26, '世界避孕日', 'World Contraception Day', 'CAMPAIGN_DAY'),
    (10, 18, '世界更年期关怀日', 'World Menopause Day', 'CAMPAIGN_DAY'),
    (12, 1, '世界艾滋病日', 'World AIDS Day', 'CAMPAIGN_DAY');
--rollback DROP TABLE observance_day;
