--liquibase formatted sql

--changeset programdesk:007-notification
--comment: in-app notifications; the dedupe key makes the reminder job idempotent across restarts
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    task_id      BIGINT,
    subject      VARCHAR(200)  NOT NULL,
    dedupe_key   VARCHAR(120)  NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3),
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_user ON notification (user_id, read_at, created_at);
--rollback DROP TABLE notification;
