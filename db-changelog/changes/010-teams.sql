--liquibase formatted sql

--changeset programdesk:010-team
CREATE TABLE team (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               INT            NOT NULL DEFAULT 0,
    name                  VARCHAR(100)   NOT NULL,
    kind                  VARCHAR(30)    NOT NULL,
    owner_institution_id  BIGINT         NOT NULL,
    leader_name           VARCHAR(60),
    description           VARCHAR(1000),
    active                BOOLEAN        NOT NULL DEFAULT TRUE,
    created_at            DATETIME(3)    NOT NULL,
    updated_at            DATETIME(3)    NOT NULL,
    CONSTRAINT uk_team_name UNIQUE (name),
    CONSTRAINT fk_team_owner FOREIGN KEY (owner_institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE team;

--changeset programdesk:010-team-member
--comment: a member's personal data is limited to name, role, skills, institution and phone
CREATE TABLE team_member (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    team_id         BIGINT        NOT NULL,
    name            VARCHAR(60)   NOT NULL,
    role            VARCHAR(30)   NOT NULL,
    institution_id  BIGINT,
    phone           VARCHAR(30),
    joined_on       DATE          NOT NULL,
    left_on         DATE,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_team_member_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_team_member_dates CHECK (left_on IS NULL OR left_on >= joined_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_team_member_team ON team_member (team_id, left_on, name);
CREATE TABLE team_member_skill (
    team_member_id  BIGINT       NOT NULL,
    skill           VARCHAR(40)  NOT NULL,
    PRIMARY KEY (team_member_id, skill),
    CONSTRAINT fk_team_member_skill_member FOREIGN KEY (team_member_id) REFERENCES team_member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_team_member_skill ON team_member_skill (skill, team_member_id);
--rollback DROP TABLE team_member_skill; DROP TABLE team_member;

--changeset programdesk:010-activity-assignment
--comment: hours stay NULL while the activity's own duration counts; an organiser's correction is stored with its note
CREATE TABLE activity_assignment (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT            NOT NULL DEFAULT 0,
    activity_id     BIGINT         NOT NULL,
    team_member_id  BIGINT         NOT NULL,
    team_id         BIGINT         NOT NULL,
    hours           DECIMAL(5,1),
    hours_note      VARCHAR(300),
    overlap_reason  VARCHAR(300),
    assigned_by     VARCHAR(50)    NOT NULL,
    assigned_at     DATETIME(3)    NOT NULL,
    CONSTRAINT uk_activity_assignment UNIQUE (activity_id, team_member_id),
    CONSTRAINT fk_assignment_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (team_member_id) REFERENCES team_member (id),
    CONSTRAINT fk_assignment_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_assignment_hours CHECK (hours IS NULL OR hours >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assignment_member ON activity_assignment (team_member_id, activity_id);
CREATE INDEX ix_assignment_team ON activity_assignment (team_id, activity_id);
--rollback DROP TABLE activity_assignment;
