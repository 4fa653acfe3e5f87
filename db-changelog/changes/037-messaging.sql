--liquibase formatted sql

--changeset programdesk:037-message-preference
--comment: issue 20: how a user wants each kind of notification outside the portal (OFF, IMMEDIATE, DIGEST); a kind without a row takes the role's default
CREATE TABLE message_preference (
    user_id   BIGINT       NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    delivery  VARCHAR(10)  NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_message_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE message_preference;

--changeset programdesk:037-outbox-message
--comment: issue 20: the transactional outbox, written in the transaction of the event; the delivery job claims due rows (claimed_by, claimed_until: a lease) and marks them sent; also the delivery log
CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(20)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    user_id          BIGINT        NULL,
    recipient        VARCHAR(254)  NOT NULL,
    locale           VARCHAR(10)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    route            VARCHAR(200)  NULL,
    notification_id  BIGINT        NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    DATETIME(3)   NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3)   NULL,
    CONSTRAINT uk_outbox_notification UNIQUE (channel, notification_id),
    CONSTRAINT fk_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);
--rollback DROP TABLE outbox_message;

--changeset programdesk:037-digest-item
--comment: issue 20: notifications waiting for a user's daily digest; the digest job links them to the one outbox message that carries them
CREATE TABLE digest_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id            BIGINT        NOT NULL,
    notification_id    BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    route              VARCHAR(200)  NULL,
    created_at         DATETIME(3)   NOT NULL,
    outbox_message_id  BIGINT        NULL,
    CONSTRAINT uk_digest_item_notification UNIQUE (notification_id),
    CONSTRAINT fk_digest_item_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_digest_item_outbox FOREIGN KEY (outbox_message_id) REFERENCES outbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_digest_item_waiting ON digest_item (outbox_message_id, user_id);
--rollback DROP TABLE digest_item;
