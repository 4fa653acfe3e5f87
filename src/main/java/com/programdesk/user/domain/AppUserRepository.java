package com.programdesk.user.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    long countByInstitutionId(Long institutionId);

    /** A personal preference; deliberately does not bump the version an administrator may be editing. */
    @Modifying
    @Query("UPDATE app_user SET preferred_locale = :locale WHERE id = :id")
    void updatePreferredLocale(long id, String locale);

    @org.springframework.data.jdbc.repository.query.Query(
            "SELECT id FROM app_user WHERE enabled AND role IN ('INSTITUTION', 'ASSOCIATION') AND institution_id IN (:institutionIds)")
    java.util.List<Long> findStaffIds(java.util.Collection<Long> institutionIds);

    /** Enabled coordinators bound to one of the areas, or to none. */
    @Query("SELECT * FROM app_user WHERE enabled AND role = 'COORDINATOR' AND (area_id IS NULL OR area_id IN (:areaIds))")
    java.util.List<AppUser> findEnabledCoordinatorsIn(java.util.Collection<Long> areaIds);

    @Query("SELECT id, display_name FROM app_user WHERE enabled AND role IN ('COORDINATOR', 'VIEWER') ORDER BY role, display_name")
    java.util.List<UserChoice> findInspectorCandidates();

    /** Inspector candidates bound to an area matching the pattern (an area and below), to one of the given areas, or to none. */
    @Query("""
            SELECT u.id, u.display_name FROM app_user u LEFT JOIN area a ON a.id = u.area_id
            WHERE u.enabled AND u.role IN ('COORDINATOR', 'VIEWER') AND (u.area_id IS NULL OR a.path LIKE :below OR u.area_id IN (:above))
            ORDER BY u.role, u.display_name""")
    java.util.List<UserChoice> findInspectorCandidatesIn(String below, java.util.Collection<Long> above);

    /** Enabled accounts whose owner confirmed this address (the column's collation ignores case). */
    @Query("SELECT * FROM app_user WHERE enabled AND email_verified AND email = :email ORDER BY id")
    java.util.List<AppUser> findEnabledWithVerifiedEmail(String email);

    @Query("SELECT id, display_name FROM app_user WHERE id IN (:ids) ORDER BY display_name")
    java.util.List<UserChoice> findChoices(java.util.Collection<Long> ids);

    @Query("SELECT id, display_name, role, enabled, email, email_verified, preferred_locale FROM app_user WHERE id = :id")
    Optional<UserContact> findContact(long id);
}
