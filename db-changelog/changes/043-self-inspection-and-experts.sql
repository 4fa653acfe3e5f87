--liquibase formatted sql

--changeset programdesk:043-self-inspection-and-experts
--comment: issue 21 oversight: a round is a bureau supervision or an institution's self-inspection (机构自查) of its own; a finding found by the institution itself (自查发现) until the bureau turns it into a supervised one; experts (viewer accounts) of given programs and their comments (专家意见) on findings, corrections, round reports and programs
ALTER TABLE supervision_round ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'SUPERVISION';
ALTER TABLE finding ADD COLUMN self_found BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_supervision_round_kind ON supervision_round (kind);
CREATE TABLE expert_program (
    user_id     BIGINT NOT NULL,
    program_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, program_id),
    CONSTRAINT fk_expert_program_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_expert_program_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_kind  VARCHAR(20)   NOT NULL,
    target_id    BIGINT        NOT NULL,
    program_id   BIGINT        NULL,
    author_id    BIGINT        NOT NULL,
    author_name  VARCHAR(100)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    mentions     VARCHAR(500)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    INDEX ix_comment_target (target_kind, target_id, created_at),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
