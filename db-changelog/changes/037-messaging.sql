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

--changeset programdesk:037-chat-robot
--comment: issue 20: a work-chat group robot (企业微信 or 钉钉) of an institution, a team (its owner institution's messages) or the bureau of an area; webhook and signing secret encrypted (AES-GCM), only a masked hint in clear
CREATE TABLE chat_robot (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope           VARCHAR(12)   NOT NULL,
    institution_id  BIGINT        NULL,
    team_id         BIGINT        NULL,
    area_id         BIGINT        NULL,
    kind            VARCHAR(12)   NOT NULL,
    name            VARCHAR(60)   NOT NULL,
    webhook_enc     VARCHAR(1000) NOT NULL,
    secret_enc      VARCHAR(500)  NULL,
    webhook_hint    VARCHAR(120)  NOT NULL,
    created_by      VARCHAR(50)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_chat_robot_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_chat_robot_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_chat_robot_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chat_robot_institution ON chat_robot (institution_id);
CREATE INDEX ix_chat_robot_area ON chat_robot (area_id);
--rollback DROP TABLE chat_robot;

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
    robot_id         BIGINT        NULL,
    event_key        VARCHAR(160)  NULL,
    CONSTRAINT uk_outbox_notification UNIQUE (channel, notification_id),
    CONSTRAINT uk_outbox_robot_event UNIQUE (robot_id, event_key),
    CONSTRAINT fk_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_outbox_robot FOREIGN KEY (robot_id) REFERENCES chat_robot (id) ON DELETE SET NULL
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
