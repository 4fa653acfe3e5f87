--liquibase formatted sql

--changeset programdesk:038-account-token
--comment: single-use links of password reset and e-mail verification (issue 20); only the SHA-256 of the token is kept
CREATE TABLE account_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    email       VARCHAR(254) NULL,
    created_at  DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    used_at     DATETIME(3)  NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_account_token_user ON account_token (user_id, purpose, used_at);
--rollback DROP TABLE account_token;

--changeset programdesk:038-password-reset-request
--comment: requests of a reset link, for the rate limit per address and per client on every node (the address as its SHA-256)
CREATE TABLE password_reset_request (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    address_hash    CHAR(64)     NOT NULL,
    client_address  VARCHAR(45)  NOT NULL,
    requested_at    DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_password_reset_request_address ON password_reset_request (address_hash, requested_at);
CREATE INDEX ix_password_reset_request_client ON password_reset_request (client_address, requested_at);
CREATE INDEX ix_password_reset_request_time ON password_reset_request (requested_at);
--rollback DROP TABLE password_reset_request;
