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
}
