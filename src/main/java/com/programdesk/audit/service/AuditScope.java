package com.programdesk.audit.service;

import com.programdesk.security.service.AreaScope;

/**
 * Which audit entries belong to an area, for an administrator bound to it. The log names rows by
 * type and id, so each kind of row is traced to its area the way its own feature scopes it:
 * <ul>
 *   <li>areas, institutions, and users (bound to an area, or staff of an institution) of the area;</li>
 *   <li>programs of the area and their targets; rounds of the area;</li>
 *   <li>activities and tasks the area's users see (of its programs, or its institutions' own);</li>
 *   <li>visits, findings, statistical reports, teams and their members, member events of its institutions;</li>
 *   <li>API clients of the area or of its institutions, and their calls;</li>
 *   <li>and whatever the area's own people did (their logins included), whatever it was about.</li>
 * </ul>
 * Entries about installation-wide lists (checklists, holidays, observance days, campaign templates)
 * and about files and staffing lines are left to unbound administrators, unless the area's people
 * made them.
 */
final class AuditScope {

    private AuditScope() {
    }

    /** The condition (alias {@code e}) for the area whose LIKE pattern is bound to {@code :parameter}. */
    static String entriesOf(String parameter) {
        String areas = AreaScope.areas(parameter);
        String institutions = AreaScope.institutions(parameter);
        String programs = AreaScope.programs(parameter);
        String users = "(SELECT scope_u.id FROM app_user scope_u WHERE scope_u.area_id IN " + areas
                + " OR scope_u.institution_id IN " + institutions + ")";
        String usernames = "(SELECT scope_u.username FROM app_user scope_u WHERE scope_u.area_id IN " + areas
                + " OR scope_u.institution_id IN " + institutions + ")";
        return "(e.actor IN " + usernames
                + " OR (e.entity_type = 'Area' AND e.entity_id IN " + areas + ")"
                + " OR (e.entity_type = 'Institution' AND e.entity_id IN " + institutions + ")"
                + " OR (e.entity_type = 'User' AND e.entity_id IN " + users + ")"
                + " OR (e.entity_type = 'Program' AND e.entity_id IN " + programs + ")"
                + " OR (e.entity_type = 'Target' AND e.entity_id IN (SELECT scope_t.id FROM target scope_t WHERE scope_t.program_id IN " + programs + "))"
                + " OR (e.entity_type = 'SupervisionRound' AND e.entity_id IN"
                + " (SELECT scope_r.id FROM supervision_round scope_r WHERE scope_r.area_id IN " + areas + "))"
                + " OR (e.entity_type = 'Activity' AND e.entity_id IN (SELECT scope_act.id FROM activity scope_act"
                + " WHERE scope_act.program_id IN " + programs + " OR scope_act.organiser_id IN " + institutions + "))"
                + " OR (e.entity_type = 'Task' AND e.entity_id IN (SELECT scope_task.id FROM task scope_task"
                + " WHERE scope_task.program_id IN " + programs + " OR scope_task.lead_institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'Visit' AND e.entity_id IN (SELECT scope_v.id FROM visit scope_v WHERE scope_v.institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'Finding' AND e.entity_id IN"
                + " (SELECT scope_f.id FROM finding scope_f WHERE scope_f.institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'StatReport' AND e.entity_id IN"
                + " (SELECT scope_sr.id FROM stat_report scope_sr WHERE scope_sr.institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'Team' AND e.entity_id IN (SELECT scope_tm.id FROM team scope_tm WHERE scope_tm.owner_institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'TeamMember' AND e.entity_id IN (SELECT scope_m.id FROM team_member scope_m"
                + " JOIN team scope_mt ON scope_mt.id = scope_m.team_id WHERE scope_mt.owner_institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'ApiClient' AND e.entity_id IN (SELECT scope_c.id FROM api_client scope_c"
                + " WHERE scope_c.area_id IN " + areas + " OR scope_c.institution_id IN " + institutions + "))"
                + " OR (e.entity_type = 'MemberEvent' AND e.entity_id IN"
                + " (SELECT scope_me.id FROM member_event scope_me WHERE scope_me.branch_id IN " + institutions + ")))";
    }
}
