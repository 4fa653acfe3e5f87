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
}
