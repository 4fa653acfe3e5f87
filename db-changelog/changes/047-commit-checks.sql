--liquibase formatted sql

--changeset programdesk:047-commit-check
--comment: one row per write transaction, written in it just before its COMMIT: when the COMMIT's answer is lost with a Galera node, the row says on the node the driver moved to whether the transaction committed (base.jdbc.CommitCheckingTransactionManager); rows older than a day are deleted
CREATE TABLE commit_check (
    token       BIGINT     NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    INDEX ix_commit_check_created (created_at)
) ENGINE=InnoDB;
--rollback DROP TABLE commit_check;
