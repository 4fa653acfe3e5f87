--liquibase formatted sql

--changeset programdesk:006-attachment
--comment: file contents live under the data folder, addressed by SHA-256; this is their metadata
CREATE TABLE attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_type     VARCHAR(40)   NOT NULL,
    owner_id       BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    uploaded_by    VARCHAR(50)   NOT NULL,
    uploaded_at    DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id, uploaded_at);
CREATE INDEX ix_attachment_sha ON attachment (sha256);
--rollback DROP TABLE attachment;
