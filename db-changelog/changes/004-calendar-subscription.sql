--liquibase formatted sql

--changeset programdesk:004-calendar-subscription
--comment: one revocable calendar feed per user; only a hash of the token is stored
CREATE TABLE calendar_subscription (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_calendar_subscription_user UNIQUE (user_id),
    CONSTRAINT uk_calendar_subscription_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE calendar_subscription;
