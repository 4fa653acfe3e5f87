--liquibase formatted sql

--changeset programdesk:039-api-client
--comment: API clients of the regional platforms (issue 20): bound to an area or an institution, with scopes and an expiry; only the SHA-256 hash of the token is stored, revoked clients stay for the record
CREATE TABLE api_client (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             INT           NOT NULL DEFAULT 0,
    name                VARCHAR(40)   NOT NULL,
    area_id             BIGINT        NULL,
    institution_id      BIGINT        NULL,
    scopes              VARCHAR(200)  NOT NULL,
    small_counts_hidden BOOLEAN       NOT NULL DEFAULT FALSE,
    token_hash          CHAR(64)      NOT NULL,
    token_hint          VARCHAR(12)   NOT NULL,
    expires_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(50)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    revoked_by          VARCHAR(50)   NULL,
    revoked_at          DATETIME(3)   NULL,
    last_used_at        DATETIME(3)   NULL,
    CONSTRAINT uk_api_client_name UNIQUE (name),
    CONSTRAINT uk_api_client_token UNIQUE (token_hash),
    CONSTRAINT fk_api_client_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_api_client_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_api_client_binding CHECK ((area_id IS NULL) <> (institution_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE api_client;
