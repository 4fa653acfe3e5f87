package com.programdesk.statistics.catalog.service;

import com.programdesk.area.domain.AreaMoved;
import com.programdesk.institution.domain.InstitutionChanged;
import com.programdesk.security.service.WithoutAuthorization;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which institutions file a form, as the reports read it: {@code report_form_institution} is kept as the
 * institutions listed for the form and those its rule matches (active institutions in one of the rule's
 * areas or below, of one of its types or of any type when it names none). Recomputed in the caller's
 * transaction when the list or the rule changes, and when an institution is created, moved, changes type
 * or is deactivated, or an area moves. Reports already filed stay whatever the result.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@WithoutAuthorization("internal: keeps a derived table in step inside callers that have checked their user; shows nothing")
public class FormAssignments {

    /** The active institutions the form's rule matches; none when the rule names no area. */
    public static final String MATCHED = """
            SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id
            WHERE i.active
              AND EXISTS (SELECT 1 FROM report_form_assigned_area r JOIN area ra ON ra.id = r.area_id
                          WHERE r.report_form_id = :form AND a.path LIKE CONCAT(ra.path, '%'))
              AND (NOT EXISTS (SELECT 1 FROM report_form_assigned_type t WHERE t.report_form_id = :form)
                   OR i.type IN (SELECT t.institution_type FROM report_form_assigned_type t WHERE t.report_form_id = :form))""";

    private final JdbcClient jdbc;

    FormAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the form's assignments its list and what its rule matches now. */
    public void recompute(long formId) {
        jdbc.sql("""
                DELETE FROM report_form_institution WHERE report_form_id = :form
                  AND institution_id NOT IN (SELECT l.institution_id FROM report_form_listed_institution l WHERE l.report_form_id = :form)
                  AND institution_id NOT IN (""" + MATCHED + ")").param("form", formId).update();
        jdbc.sql("INSERT INTO report_form_institution (report_form_id, institution_id) SELECT :form, x.id FROM ("
                        + "SELECT l.institution_id AS id FROM report_form_listed_institution l WHERE l.report_form_id = :form UNION "
                        + MATCHED + ") x ON DUPLICATE KEY UPDATE institution_id = report_form_institution.institution_id")
                .param("form", formId).update();
    }

    @EventListener
    void on(InstitutionChanged changed) {
        formsWithRules().forEach(this::recompute);
    }

    @EventListener
    void on(AreaMoved moved) {
        formsWithRules().forEach(this::recompute);
    }

    private List<Long> formsWithRules() {
        return jdbc.sql("SELECT DISTINCT report_form_id FROM report_form_assigned_area ORDER BY report_form_id").query(Long.class).list();
    }
}
