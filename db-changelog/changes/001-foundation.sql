--liquibase formatted sql

--changeset programdesk:001-institution
CREATE TABLE institution (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT          NOT NULL DEFAULT 0,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200),
    short_name      VARCHAR(30),
    code            VARCHAR(30)  NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    parent_id       BIGINT,
    township        VARCHAR(60),
    address         VARCHAR(200),
    contact_person  VARCHAR(60),
    contact_phone   VARCHAR(20),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_institution_name_zh UNIQUE (name_zh),
    CONSTRAINT uk_institution_code UNIQUE (code),
    CONSTRAINT fk_institution_parent FOREIGN KEY (parent_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_institution_type ON institution (type, active);
CREATE INDEX ix_institution_active_name ON institution (active, name_zh);
--rollback DROP TABLE institution;

--changeset programdesk:001-role
CREATE TABLE app_role (
    code        VARCHAR(20) NOT NULL PRIMARY KEY,
    sort_order  INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO app_role (code, sort_order) VALUES
    ('ADMIN', 1), ('COORDINATOR', 2), ('INSTITUTION', 3), ('ASSOCIATION', 4), ('VIEWER', 5);
--rollback DROP TABLE app_role;

--changeset programdesk:001-app-user
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              INT          NOT NULL DEFAULT 0,
    username             VARCHAR(50)  NOT NULL,
    display_name         VARCHAR(60)  NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    institution_id       BIGINT,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_locale     VARCHAR(10),
    password_changed_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_role FOREIGN KEY (role) REFERENCES app_role (code),
    CONSTRAINT fk_app_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_app_user_role ON app_user (role, enabled);
--rollback DROP TABLE app_user;

--changeset programdesk:001-login-attempt
-- Kept apart from app_user so failed logins never bump the user's version
-- and so unknown user names are throttled exactly like known ones.
CREATE TABLE login_attempt (
    username        VARCHAR(50) NOT NULL PRIMARY KEY,
    failures        INT         NOT NULL DEFAULT 0,
    last_failure_at DATETIME(3),
    locked_until    DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE login_attempt;

--changeset programdesk:001-audit-event
CREATE TABLE audit_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)  NOT NULL,
    actor           VARCHAR(50)  NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    entity_type     VARCHAR(40),
    entity_id       BIGINT,
    changed_fields  TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
--rollback DROP TABLE audit_event;

--changeset programdesk:001-audit-event-append-only splitStatements:false
-- The audit log is append-only: the database itself refuses changes to past events.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
--rollback DROP TRIGGER audit_event_no_update;

--changeset programdesk:001-audit-event-no-delete splitStatements:false
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
--rollback DROP TRIGGER audit_event_no_delete;
