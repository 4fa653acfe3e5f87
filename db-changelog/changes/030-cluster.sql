--liquibase formatted sql

--changeset programdesk:030-shedlock
--comment: ShedLock's table (JDBC provider, database time): scheduled work runs on one app node at a time
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  DATETIME(3)   NOT NULL,
    locked_at   DATETIME(3)   NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE shedlock;

--changeset programdesk:030-attachment-content
--comment: attachment contents, once per SHA-256, in the database so that every app node reads them (Galera replicates them)
CREATE TABLE attachment_content (
    sha256      CHAR(64)      NOT NULL PRIMARY KEY,
    size_bytes  BIGINT        NOT NULL,
    content     LONGBLOB      NOT NULL,
    stored_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE attachment_content;

--changeset programdesk:030-shared-cache-generation
--comment: a node that changed what a shared cache holds bumps its generation; the other nodes poll and forget theirs
CREATE TABLE shared_cache_generation (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    generation  BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE shared_cache_generation;
