package com.programdesk.base.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the portal sends e-mail, from which address, and the portal's address for the links in it. E-mail is on
 * when {@code spring.mail.host} (Spring Boot then makes the mail sender) and {@code programdesk.public-url} are both
 * set: every mail links to a page, and a link is never built from a request's Host header. Read by the messages
 * outside the portal, the password reset and the e-mail confirmation alike. In the production start (Spring AOT) the
 * mail sender exists even without a host, so this, not the sender's presence, decides.
 */
@Component
public class MailSettings {

    private static final Logger log = LoggerFactory.getLogger(MailSettings.class);

    private final boolean enabled;
    private final String from;
    private final String publicUrl;

    MailSettings(@Value("${spring.mail.host:}") String host,
                 @Value("${programdesk.mail.from:Program Desk <noreply@localhost>}") String from,
                 @Value("${programdesk.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.enabled = !host.isBlank() && !this.publicUrl.isBlank();
        this.from = from;
        if (!host.isBlank() && this.publicUrl.isBlank()) {
            log.warn("spring.mail.host is set but programdesk.public-url is not: no e-mail is sent (every mail links to the portal)");
        }
    }

    /** Settings as the given properties would make them, for tests. */
    public static MailSettings of(String host, String from, String publicUrl) {
        return new MailSettings(host, from, publicUrl);
    }

    public boolean enabled() {
        return enabled;
    }

    public String from() {
        return from;
    }

    /** The address of a page of the portal, e.g. {@code tasks/42} → {@code https://portal.example/tasks/42}. */
    public String link(String route) {
        return publicUrl + "/" + route.replaceFirst("^/+", "");
    }
}
