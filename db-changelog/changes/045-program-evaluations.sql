--liquibase formatted sql

--changeset programdesk:045-program-evaluation
--comment: a program's evaluation reports (过程性评价/效果评估, issue 21): generated in the background for a period, progress kept in the row so that every node and a reloaded page see it; the PDF and the .docx stored with the program
CREATE TABLE program_evaluation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id    BIGINT        NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    steps_done    INT           NOT NULL DEFAULT 0,
    steps_total   INT           NOT NULL DEFAULT 1,
    pdf           LONGBLOB,
    docx          LONGBLOB,
    error         VARCHAR(500),
    created_by    VARCHAR(50)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    finished_at   DATETIME(3),
    CONSTRAINT fk_program_evaluation_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_program_evaluation_program ON program_evaluation (program_id, created_at);
--rollback DROP TABLE program_evaluation;
