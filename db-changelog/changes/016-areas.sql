--liquibase formatted sql

--changeset programdesk:016-area
--comment: the administrative tree 省 → 市 → 县区 → 乡镇街道 with official codes; path holds the ids from the root down to the area itself ('/1/4/9/'), so "this area and everything below" is one index range (path LIKE '/1/4/%')
CREATE TABLE area (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    code        VARCHAR(12)   NOT NULL,
    level       VARCHAR(10)   NOT NULL,
    parent_id   BIGINT,
    path        VARCHAR(255)  NOT NULL,
    name_zh     VARCHAR(60)   NOT NULL,
    name_en     VARCHAR(120),
    valid_from  DATE,
    valid_to    DATE,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_area_code UNIQUE (code),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id),
    CONSTRAINT ck_area_level CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    CONSTRAINT ck_area_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- a tree grid opens one parent's children in code order
CREATE INDEX ix_area_parent ON area (parent_id, code);
CREATE INDEX ix_area_path ON area (path);
CREATE INDEX ix_area_name ON area (name_zh);
--rollback DROP TABLE area;

--changeset programdesk:016-area-references
--comment: institutions, users and programs belong to an area; null only in installations upgraded before areas existed (the administrator places them)
ALTER TABLE institution ADD COLUMN area_id BIGINT NULL,
    ADD CONSTRAINT fk_institution_area FOREIGN KEY (area_id) REFERENCES area (id);
CREATE INDEX ix_institution_area ON institution (area_id, active);
ALTER TABLE app_user ADD COLUMN area_id BIGINT NULL,
    ADD CONSTRAINT fk_app_user_area FOREIGN KEY (area_id) REFERENCES area (id);
ALTER TABLE program ADD COLUMN area_id BIGINT NULL,
    ADD CONSTRAINT fk_program_area FOREIGN KEY (area_id) REFERENCES area (id);
CREATE INDEX ix_program_area ON program (area_id, status);
ALTER TABLE supervision_round ADD COLUMN area_id BIGINT NULL,
    ADD CONSTRAINT fk_round_area FOREIGN KEY (area_id) REFERENCES area (id);
--rollback ALTER TABLE supervision_round DROP FOREIGN KEY fk_round_area, DROP COLUMN area_id; ALTER TABLE program DROP FOREIGN KEY fk_program_area, DROP COLUMN area_id; ALTER TABLE app_user DROP FOREIGN KEY fk_app_user_area, DROP COLUMN area_id; ALTER TABLE institution DROP FOREIGN KEY fk_institution_area, DROP COLUMN area_id;

--changeset programdesk:016-program-institution
--comment: a program may name its participating institutions; without a list, every institution of its area takes part
CREATE TABLE program_institution (
    program_id      BIGINT  NOT NULL,
    institution_id  BIGINT  NOT NULL,
    PRIMARY KEY (program_id, institution_id),
    CONSTRAINT fk_program_institution_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_program_institution_institution ON program_institution (institution_id);
--rollback DROP TABLE program_institution;

--changeset programdesk:016-area-population
--comment: population figures (denominators) per area and year; entered = typed, imported or read from an approved yearly form for this area; rows with entered = false are sums of the children, kept in step on every write
CREATE TABLE area_population (
    area_id          BIGINT    NOT NULL,
    data_element_id  BIGINT    NOT NULL,
    year             SMALLINT  NOT NULL,
    value            BIGINT    NOT NULL,
    entered          BOOLEAN   NOT NULL,
    PRIMARY KEY (data_element_id, area_id, year),
    CONSTRAINT fk_area_population_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_area_population_element FOREIGN KEY (data_element_id) REFERENCES data_element (id),
    CONSTRAINT ck_area_population_not_negative CHECK (value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE area_population;

--changeset programdesk:016-stat-area-total
--comment: approved values added up per area (the institution's area and every area above it), kept in step with stat_fact in the approval's transaction; an area's figure is one primary key range
CREATE TABLE stat_area_total (
    data_element_id  BIGINT  NOT NULL,
    area_id          BIGINT  NOT NULL,
    period_start     DATE    NOT NULL,
    total            BIGINT  NOT NULL,
    reporters        INT     NOT NULL,
    PRIMARY KEY (data_element_id, area_id, period_start),
    CONSTRAINT fk_stat_area_total_element FOREIGN KEY (data_element_id) REFERENCES data_element (id),
    CONSTRAINT fk_stat_area_total_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stat_area_total;
