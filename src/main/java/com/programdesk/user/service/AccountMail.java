package com.programdesk.user.service;

import com.programdesk.base.service.MailSettings;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails with a password reset or verification link, sent straight through SMTP once the
 * transaction that stored the link's token has committed, on a thread of their own: the page
 * answers as fast whether a mail goes out or not. Available only with {@code spring.mail.host}
 * and {@code programdesk.public-url} (the links must not be built from a request's Host header).
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    enum Kind {
        PASSWORD_RESET("mail.reset."), EMAIL_VERIFICATION("mail.verify.");

        /** The prefix of the mail's keys: subject, body, action, ignore. */
        final String keys;

        Kind(String keys) {
            this.keys = keys;
        }
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final I18NProvider i18n;
    private final MailSettings settings;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("account-mail").daemon().factory());

    AccountMail(ObjectProvider<JavaMailSender> senders, I18NProvider i18n, MailSettings settings) {
        this.senders = senders;
        this.i18n = i18n;
        this.settings = settings;
    }

    boolean isAvailable() {
        return settings.enabled() && senders.getIfAvailable() != null;
    }

    /** Sends the mail after the current transaction commits; nothing when it rolls back or mail is not configured. */
    void sendAfterCommit(Kind kind, String to, String displayName, String username, Locale locale, String path, String token) {
        if (!isAvailable()) {
            return;
        }
        String link = settings.link(path) + "?token=" + token;
        Runnable send = () -> sending.execute(() -> send(kind, to, displayName, username, locale, link));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(Kind kind, String to, String displayName, String username, Locale locale, String link) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        String app = t("app.name", locale);
        String subject = t(kind.keys + "subject", locale, app);
        String greeting = t("mail.greeting", locale, displayName);
        String body = t(kind.keys + "body", locale, app, username);
        String ignore = t(kind.keys + "ignore", locale, app);
        String footer = t("mail.footer", locale, app);
        String text = greeting + "\n\n" + body + "\n\n" + link + "\n\n" + ignore + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(body) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(t(kind.keys + "action", locale)) + "</a></p>"
                + "<p style=\"color:#555\">" + HtmlUtils.htmlEscape(link) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(ignore) + "</p><hr><p style=\"color:#777;font-size:small\">"
                + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            if (!settings.from().isBlank()) {
                helper.setFrom(settings.from());
            }
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            // the user asks again; the reason is for the operator (never the address's owner's secrets)
            log.warn("could not send the {} mail: {}", kind, e.toString());
        }
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** The language of a user's mails: their chosen one, else the page's they used, Chinese first. */
    static Locale localeOf(String preferredTag, Locale fallback) {
        String tag = preferredTag != null && !preferredTag.isBlank() ? preferredTag
                : fallback != null ? fallback.toLanguageTag() : "zh-CN";
        return Locale.forLanguageTag(tag.replace('_', '-')).getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
