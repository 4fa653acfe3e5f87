--liquibase formatted sql

--changeset programdesk:018-round-area
--comment: a supervision round belongs to its program's area, which decides who sees it; rounds recorded before areas take their program's
UPDATE supervision_round r JOIN program p ON p.id = r.program_id SET r.area_id = p.area_id WHERE r.area_id IS NULL;
--rollback UPDATE supervision_round SET area_id = NULL;
