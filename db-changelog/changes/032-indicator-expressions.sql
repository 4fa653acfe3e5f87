--liquibase formatted sql

--changeset programdesk:032-indicator-expressions
--comment: indicators kept in the portal (issue 17, slice 3): numerator and denominator as expressions over data element codes (#{CODE}, numbers, + - * /, parentheses), decimals, which direction is good, the keeping area and retired instead of deleted. numerator_id / denominator_id stay (nullable) until no branch reads them; the application no longer does.
ALTER TABLE indicator
    ADD COLUMN numerator_expression   VARCHAR(500) NULL,
    ADD COLUMN denominator_expression VARCHAR(500) NULL,
    ADD COLUMN decimals               INT          NOT NULL DEFAULT 2,
    ADD COLUMN direction              VARCHAR(20)  NOT NULL DEFAULT 'RISING_IS_GOOD',
    ADD COLUMN area_id                BIGINT       NULL,
    ADD COLUMN retired                BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN retired_by             VARCHAR(50)  NULL,
    ADD COLUMN retired_at             DATETIME(3)  NULL,
    MODIFY numerator_id BIGINT NULL,
    ADD CONSTRAINT fk_indicator_area FOREIGN KEY (area_id) REFERENCES area (id),
    ADD CONSTRAINT ck_indicator_decimals CHECK (decimals BETWEEN 0 AND 4),
    ADD CONSTRAINT ck_indicator_direction CHECK (direction IN ('RISING_IS_GOOD', 'FALLING_IS_GOOD'));
UPDATE indicator i JOIN data_element n ON n.id = i.numerator_id SET i.numerator_expression = CONCAT('#{', n.code, '}');
UPDATE indicator i JOIN data_element d ON d.id = i.denominator_id SET i.denominator_expression = CONCAT('#{', d.code, '}');
UPDATE indicator SET direction = 'FALLING_IS_GOOD' WHERE code IN ('REPEAT_ABORTION_RATE', 'INDUCED_ABORTION_RATE');
ALTER TABLE indicator MODIFY numerator_expression VARCHAR(500) NOT NULL;
--rollback ALTER TABLE indicator DROP CONSTRAINT ck_indicator_direction, DROP CONSTRAINT ck_indicator_decimals, DROP FOREIGN KEY fk_indicator_area, DROP COLUMN retired_at, DROP COLUMN retired_by, DROP COLUMN retired, DROP COLUMN area_id, DROP COLUMN direction, DROP COLUMN decimals, DROP COLUMN denominator_expression, DROP COLUMN numerator_expression, MODIFY numerator_id BIGINT NOT NULL;
