--liquibase formatted sql

--changeset programdesk:035-category
--comment: disaggregations (issue 17, slice 6): a category (年龄组, 婚姻状况, 人流原因) with its options in order; kept like the other catalogue items (area of whoever made it, retired instead of deleted)
CREATE TABLE category (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    code        VARCHAR(40)   NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    area_id     BIGINT        NULL,
    retired     BOOLEAN       NOT NULL DEFAULT FALSE,
    retired_by  VARCHAR(50)   NULL,
    retired_at  DATETIME(3)   NULL,
    CONSTRAINT uk_category_code UNIQUE (code),
    CONSTRAINT fk_category_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE category_option (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_id  BIGINT        NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name_zh      VARCHAR(40)   NOT NULL,
    name_en      VARCHAR(80)   NOT NULL,
    position     INT           NOT NULL,
    CONSTRAINT uk_category_option_code UNIQUE (category_id, code),
    CONSTRAINT fk_category_option_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE category_option; DROP TABLE category;

--changeset programdesk:035-data-element-combination
--comment: an element's combination is one or two categories (their options crossed, at most 12 cells); each cell is a child element (parent_id, option_combo = the option codes joined by '.', code = parent code + '.' + option_combo), so codes and names grow
ALTER TABLE data_element
    MODIFY code VARCHAR(90) NOT NULL,
    MODIFY name_zh VARCHAR(200) NOT NULL,
    MODIFY name_en VARCHAR(400) NOT NULL,
    ADD COLUMN first_category_id   BIGINT       NULL,
    ADD COLUMN second_category_id  BIGINT       NULL,
    ADD COLUMN parent_id           BIGINT       NULL,
    ADD COLUMN option_combo        VARCHAR(45)  NULL,
    ADD CONSTRAINT fk_data_element_first_category FOREIGN KEY (first_category_id) REFERENCES category (id),
    ADD CONSTRAINT fk_data_element_second_category FOREIGN KEY (second_category_id) REFERENCES category (id),
    ADD CONSTRAINT fk_data_element_parent FOREIGN KEY (parent_id) REFERENCES data_element (id),
    ADD CONSTRAINT uk_data_element_option UNIQUE (parent_id, option_combo);
--rollback ALTER TABLE data_element DROP INDEX uk_data_element_option, DROP FOREIGN KEY fk_data_element_parent, DROP FOREIGN KEY fk_data_element_second_category, DROP FOREIGN KEY fk_data_element_first_category, DROP COLUMN option_combo, DROP COLUMN parent_id, DROP COLUMN second_category_id, DROP COLUMN first_category_id, MODIFY name_en VARCHAR(200) NOT NULL, MODIFY name_zh VARCHAR(100) NOT NULL, MODIFY code VARCHAR(40) NOT NULL;

--changeset programdesk:035-seed-categories
--comment: the categories the seed plans ask for: age groups, marital status, the reasons for abortion
INSERT INTO category (code, name_zh, name_en) VALUES
    ('AGE_GROUP', '年龄组', 'Age group'),
    ('MARITAL_STATUS', '婚姻状况', 'Marital status'),
    ('ABORTION_REASON', '人流原因', 'Reason for abortion');
INSERT INTO category_option (category_id, code, name_zh, name_en, position)
SELECT c.id, o.code, o.name_zh, o.name_en, o.position FROM category c JOIN (
    SELECT 'AGE_GROUP' AS category, 'AGE_LT20' AS code, '<20岁' AS name_zh, 'under 20' AS name_en, 1 AS position
    UNION ALL SELECT 'AGE_GROUP', 'AGE_20_34', '20–34岁', '20–34', 2
    UNION ALL SELECT 'AGE_GROUP', 'AGE_GE35', '≥35岁', '35 and over', 3
    UNION ALL SELECT 'MARITAL_STATUS', 'MARRIED', '已婚', 'married', 1
    UNION ALL SELECT 'MARITAL_STATUS', 'UNMARRIED', '未婚', 'unmarried', 2
    UNION ALL SELECT 'ABORTION_REASON', 'WORK_ECONOMY', '工作、经济因素', 'work or economic reasons', 1
    UNION ALL SELECT 'ABORTION_REASON', 'CONTRACEPTION_FAILED', '避孕失败', 'contraception failed', 2
    UNION ALL SELECT 'ABORTION_REASON', 'NO_CONTRACEPTION', '未采取避孕措施', 'no contraception used', 3
    UNION ALL SELECT 'ABORTION_REASON', 'OTHER', '其他', 'other', 4
) o ON o.category = c.code;
--rollback DELETE FROM category_option; DELETE FROM category;
