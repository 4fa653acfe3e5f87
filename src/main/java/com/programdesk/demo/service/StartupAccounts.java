package com.programdesk.demo.service;

import com.programdesk.base.embeddeddb.EmbeddedDatabase;
import com.programdesk.base.service.BeforeFirstRequest;
import com.programdesk.base.service.StartupProblem;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.SystemActor;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.domain.PasswordPolicy;
import com.programdesk.user.service.UserService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in to an empty database: demo organisations and users for the
 * demo start (embedded database), otherwise a single {@code admin} whose password comes from
 * {@code PROGRAMDESK_ADMIN_PASSWORD}. Before the first request, so that the first login page served takes the logins.
 */
@Component
class StartupAccounts extends BeforeFirstRequest {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final UserService users;
    private final DemoData demoData;
    private final boolean loadDemoData;
    private final String initialAdminPassword;

    StartupAccounts(UserService users, DemoData demoData, EmbeddedDatabase embedded,
                    @Value("${programdesk.demo-data:#{null}}") Boolean demoDataSetting,
                    @Value("${programdesk.admin.initial-password:}") String initialAdminPassword) {
        this.users = users;
        this.demoData = demoData;
        this.loadDemoData = Optional.ofNullable(demoDataSetting).orElse(embedded.isRunning());
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    protected void prepare() {
        if (users.anyUserExists()) {
            return;
        }
        if (loadDemoData) {
            SystemActor.run(demoData::load);
            log.info("Loaded the demo organisations and users (see README for the logins)");
            return;
        }
        if (initialAdminPassword == null || initialAdminPassword.isBlank()) {
            throw new StartupProblem("The database has no users yet, and PROGRAMDESK_ADMIN_PASSWORD is not set.",
                    "Set PROGRAMDESK_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                            + " characters, not containing \"admin\") so Program Desk can create the first administrator 'admin'.");
        }
        PasswordPolicy.violation("admin", initialAdminPassword).ifPresent(rule -> {
            throw new StartupProblem("PROGRAMDESK_ADMIN_PASSWORD is not an acceptable password.",
                    "Use at least " + PasswordPolicy.MIN_LENGTH + " characters, not containing \"admin\".");
        });
        SystemActor.run(() -> users.create(new AppUser("admin", "Administrator", Role.ADMIN, null), initialAdminPassword));
        log.info("Created the first administrator 'admin'");
    }
}
