package com.programdesk.user.service;

import com.programdesk.area.service.AreaService;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.AuthenticatedUserDetails;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.AppUserRepository;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for Spring Security, with the institutions the user may reach. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository repository;
    private final InstitutionService institutions;
    private final AreaService areas;

    AccountDetailsService(AppUserRepository repository, InstitutionService institutions, AreaService areas) {
        this.repository = repository;
        this.institutions = institutions;
        this.areas = areas;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        AuthenticatedUser authenticated = new AuthenticatedUser(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.getInstitutionId(),
                institutions.reachableFrom(user.getInstitutionId(), user.getRole()),
                user.getPreferredLocale(), user.getAreaId(), areas.pathOf(user.getAreaId()).orElse(null));
        return new AuthenticatedUserDetails(authenticated, user.getPasswordHash(), user.isEnabled());
    }
}
