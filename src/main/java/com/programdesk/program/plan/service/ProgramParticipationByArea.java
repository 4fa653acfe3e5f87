package com.programdesk.program.plan.service;

import com.programdesk.institution.domain.ProgramParticipation;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program takes in the institutions of its area, or, when it names participants, those; an
 * institution moved out of the program's area drops out of it either way.
 */
@Component
class ProgramParticipationByArea implements ProgramParticipation {

    private final JdbcClient jdbc;

    ProgramParticipationByArea(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> programsLosing(long institutionId, String newAreaPath) {
        // paths hold digits and slashes only, so they need no escaping inside LIKE
        return jdbc.sql("""
                SELECT p.title FROM program p JOIN area pa ON pa.id = p.area_id
                WHERE p.status <> 'CLOSED' AND :newPath NOT LIKE CONCAT(pa.path, '%')
                  AND (EXISTS (SELECT 1 FROM program_institution pi WHERE pi.program_id = p.id AND pi.institution_id = :institution)
                       OR (NOT EXISTS (SELECT 1 FROM program_institution pi WHERE pi.program_id = p.id)
                           AND EXISTS (SELECT 1 FROM institution i JOIN area ia ON ia.id = i.area_id
                                       WHERE i.id = :institution AND ia.path LIKE CONCAT(pa.path, '%'))))
                ORDER BY p.period_start DESC, p.id DESC""")
                .param("newPath", newAreaPath).param("institution", institutionId).query(String.class).list();
    }
}
