--liquibase formatted sql

--changeset programdesk:005-task
CREATE TABLE task (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               INT           NOT NULL DEFAULT 0,
    parent_id             BIGINT,
    program_id            BIGINT        NOT NULL,
    work_stream_id        BIGINT,
    title                 VARCHAR(200)  NOT NULL,
    description           TEXT,
    lead_institution_id   BIGINT,
    responsible_person    VARCHAR(60),
    due_date              DATE          NOT NULL,
    priority              VARCHAR(20)   NOT NULL DEFAULT 'NORMAL',
    activity_id           BIGINT,
    status                VARCHAR(20)   NOT NULL DEFAULT 'ASSIGNED',
    progress_percent      INT           NOT NULL DEFAULT 0,
    created_by            VARCHAR(50)   NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_id) REFERENCES task (id),
    CONSTRAINT fk_task_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_task_work_stream FOREIGN KEY (work_stream_id) REFERENCES work_stream (id),
    CONSTRAINT fk_task_lead FOREIGN KEY (lead_institution_id) REFERENCES institution (id),
    CONSTRAINT fk_task_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_task_progress CHECK (progress_percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- inboxes read by lead and due date; the bureau table filters by program, status and due date
CREATE INDEX ix_task_lead_due ON task (lead_institution_id, status, due_date);
CREATE INDEX ix_task_program_status ON task (program_id, status, due_date);
CREATE INDEX ix_task_status_due ON task (status, due_date);
CREATE INDEX ix_task_parent ON task (parent_id);
--rollback DROP TABLE task;

--changeset programdesk:005-task-cooperator
CREATE TABLE task_cooperator (
    task_id         BIGINT  NOT NULL,
    institution_id  BIGINT  NOT NULL,
    PRIMARY KEY (task_id, institution_id),
    CONSTRAINT fk_task_cooperator_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_cooperator_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_task_cooperator_institution ON task_cooperator (institution_id, task_id);
--rollback DROP TABLE task_cooperator;

--changeset programdesk:005-task-entry
--comment: progress updates and comments on a task's timeline; append-only like the audit log
CREATE TABLE task_entry (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id         BIGINT         NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    author          VARCHAR(50)    NOT NULL,
    percent         INT,
    text            VARCHAR(2000)  NOT NULL,
    created_at      DATETIME(3)    NOT NULL,
    CONSTRAINT fk_task_entry_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_task_entry_task ON task_entry (task_id, created_at);
--rollback DROP TABLE task_entry;
