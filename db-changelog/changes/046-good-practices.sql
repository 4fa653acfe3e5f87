--liquibase formatted sql

--changeset programdesk:046-good-practice
--comment: good practices (典型案例) of a program, recorded by an institution or the bureau and recommended by the bureau; photos and files are attachments of owner type GoodPractice (issue 21)
CREATE TABLE good_practice (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    title           VARCHAR(200)  NOT NULL,
    institution_id  BIGINT        NOT NULL,
    program_id      BIGINT        NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    recommended     BOOLEAN       NOT NULL DEFAULT FALSE,
    recommended_by  VARCHAR(50),
    recommended_at  DATETIME(3),
    created_by      VARCHAR(50)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_by      VARCHAR(50)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_good_practice_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_good_practice_program FOREIGN KEY (program_id) REFERENCES program (id),
    INDEX ix_good_practice_program (program_id, recommended, recommended_at),
    INDEX ix_good_practice_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE good_practice;
