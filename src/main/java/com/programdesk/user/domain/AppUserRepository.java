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

    @org.springframework.data.jdbc.repository.query.Query("SELECT id FROM app_user WHERE enabled AND role = :role")
    java.util.List<Long> findEnabledIdsByRole(String role);

    @Query("SELECT id, display_name FROM app_user WHERE enabled AND role IN ('COORDINATOR', 'VIEWER') ORDER BY role, display_name")
    java.util.List<UserChoice> findInspectorCandidates();

    @Query("SELECT id, display_name FROM app_user WHERE id IN (:ids) ORDER BY display_name")
    java.util.List<UserChoice> findChoices(java.util.Collection<Long> ids);
}
