package com.programdesk.audit.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.security.domain.AccountUnlocked;
import com.programdesk.security.domain.LoginAttempted;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

@Component
class LoginAuditListener {

    private final AuditService audit;

    LoginAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogout(LogoutSuccessEvent logout) {
        audit.recordFor(logout.getAuthentication().getName(), AuditAction.LOGOUT, AuditedEntity.USER, null, null);
    }

    @EventListener
    void onLoginAttempt(LoginAttempted attempt) {
        audit.recordFor(attempt.username(), attempt.succeeded() ? AuditAction.LOGIN_SUCCESS : AuditAction.LOGIN_FAILURE,
                AuditedEntity.USER, null, null);
    }

    /** Runs inside the administrator's unlock transaction, so the actor is the administrator. */
    @EventListener
    void onUnlock(AccountUnlocked unlock) {
        audit.record(AuditAction.UNLOCK, AuditedEntity.USER, null,
                "username: " + unlock.username() + (unlock.wasLocked() ? ", locked: true → false" : ", failed logins cleared"));
    }
}
