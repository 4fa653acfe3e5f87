package com.programdesk.audit.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.security.domain.LoginAttempted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
class LoginAuditListener {

    private final AuditService audit;

    LoginAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onLoginAttempt(LoginAttempted attempt) {
        audit.recordFor(attempt.username(), attempt.succeeded() ? AuditAction.LOGIN_SUCCESS : AuditAction.LOGIN_FAILURE,
                "User", null, null);
    }
}
