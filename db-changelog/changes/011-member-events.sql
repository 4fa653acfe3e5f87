--liquibase formatted sql

--changeset programdesk:011-member-event
--comment: events of the family planning association and its township branches (会员活动); photos are attachments of owner type MemberEvent
CREATE TABLE member_event (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT            NOT NULL DEFAULT 0,
    branch_id   BIGINT         NOT NULL,
    event_date  DATE           NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    type        VARCHAR(20)    NOT NULL,
    members     INT            NOT NULL,
    others      INT            NOT NULL,
    note        VARCHAR(2000),
    created_by  VARCHAR(50)    NOT NULL,
    created_at  DATETIME(3)    NOT NULL,
    updated_by  VARCHAR(50)    NOT NULL,
    updated_at  DATETIME(3)    NOT NULL,
    CONSTRAINT fk_member_event_branch FOREIGN KEY (branch_id) REFERENCES institution (id),
    CONSTRAINT ck_member_event_participants CHECK (members >= 0 AND others >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- one branch's events of a year or a day (list, yearly figures, member-day view)
CREATE INDEX ix_member_event_branch_date ON member_event (branch_id, event_date);
-- all branches' events in a period (list without branch filter, target counts)
CREATE INDEX ix_member_event_date ON member_event (event_date, type);
--rollback DROP TABLE member_event;
