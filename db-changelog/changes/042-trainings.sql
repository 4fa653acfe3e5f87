--liquibase formatted sql

--changeset programdesk:042-trainings
--comment: trainings (issue 21): an activity of type TRAINING gets a roster of trainees, sessions with a sign-in QR token (stored hashed, valid in a window), sign-ins (late and repeated ones marked, corrections audited) and an optional assessment score
CREATE TABLE training_trainee (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT          NOT NULL DEFAULT 0,
    activity_id     BIGINT       NOT NULL,
    name            VARCHAR(60)  NOT NULL,
    institution_id  BIGINT       NOT NULL,
    department      VARCHAR(60),
    job_title       VARCHAR(60),
    phone           VARCHAR(20),
    score           DECIMAL(5,1),
    created_at      DATETIME     NOT NULL,
    CONSTRAINT uk_trainee_name UNIQUE (activity_id, institution_id, name),
    CONSTRAINT fk_trainee_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_trainee_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE training_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT          NOT NULL DEFAULT 0,
    activity_id     BIGINT       NOT NULL,
    starts_at       DATETIME     NOT NULL,
    ends_at         DATETIME     NOT NULL,
    token_hash      CHAR(64),
    created_at      DATETIME     NOT NULL,
    INDEX ix_session_activity (activity_id, starts_at),
    CONSTRAINT uk_session_token UNIQUE (token_hash),
    CONSTRAINT fk_session_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE training_sign_in (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    trainee_id      BIGINT       NOT NULL,
    signed_at       DATETIME     NOT NULL,
    late            BOOLEAN      NOT NULL DEFAULT FALSE,
    repeats         INT          NOT NULL DEFAULT 0,
    corrected_by    VARCHAR(100),
    CONSTRAINT uk_sign_in UNIQUE (session_id, trainee_id),
    CONSTRAINT fk_sign_in_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_sign_in_trainee FOREIGN KEY (trainee_id) REFERENCES training_trainee (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE training_sign_in; DROP TABLE training_session; DROP TABLE training_trainee;
