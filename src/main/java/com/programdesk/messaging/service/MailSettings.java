package com.programdesk.messaging.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * E-mail is on when {@code spring.mail.host} is set (Spring Boot then makes the mail sender); the sender's
 * address, and the portal's address for the links in messages.
 */
@Component
public class MailSettings {

    private final boolean enabled;
    private final String from;
    private final String publicUrl;

    MailSettings(@Value("${spring.mail.host:}") String host,
                 @Value("${programdesk.mail.from:Program Desk <noreply@localhost>}") String from,
                 @Value("${programdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.enabled = !host.isBlank();
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public boolean enabled() {
        return enabled;
    }

    public String from() {
        return from;
    }

    /** The address of a page of the portal, e.g. {@code tasks/42} → {@code https://portal.example/tasks/42}. */
    public String link(String route) {
        return publicUrl + "/" + route;
    }
}
