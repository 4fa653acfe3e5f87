--liquibase formatted sql

--changeset programdesk:044-program-lead-contact
--comment: a program's lead (分管领导) and contact person with phone (issue 21)
ALTER TABLE program
    ADD COLUMN lead_name      VARCHAR(60),
    ADD COLUMN contact_name   VARCHAR(60),
    ADD COLUMN contact_phone  VARCHAR(30);
--rollback ALTER TABLE program DROP COLUMN contact_phone, DROP COLUMN contact_name, DROP COLUMN lead_name;

--changeset programdesk:044-program-document
--comment: a program's documents (the plan's PDF, a flowchart); each version is an attachment owned by the document (owner type ProgramDocument)
CREATE TABLE program_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    program_id  BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_by  VARCHAR(50)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_program_document_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT uq_program_document_title UNIQUE (program_id, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE program_document;

--changeset programdesk:044-institution-department
--comment: departments (科室) inside an institution, maintained by its staff; a task (a line of the 任务分解表) may name one of its lead institution's departments
CREATE TABLE institution_department (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT          NOT NULL DEFAULT 0,
    institution_id  BIGINT       NOT NULL,
    name            VARCHAR(60)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    position        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_department_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_department_name UNIQUE (institution_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
ALTER TABLE task ADD COLUMN department_id BIGINT,
    ADD CONSTRAINT fk_task_department FOREIGN KEY (department_id) REFERENCES institution_department (id);
--rollback ALTER TABLE task DROP FOREIGN KEY fk_task_department, DROP COLUMN department_id; DROP TABLE institution_department;
