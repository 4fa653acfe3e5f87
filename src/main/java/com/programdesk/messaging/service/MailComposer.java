package com.programdesk.messaging.service;

import com.programdesk.base.service.MailSettings;
import com.programdesk.messaging.domain.DigestItem;
import com.programdesk.messaging.domain.OutboxMessage;
import com.programdesk.notification.domain.NotificationKind;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a message in the recipient's language, as HTML with a plain-text part. It says only what the
 * bell says to the same person (the kind and the subject the notification carries: a task's title, a
 * report's form and period, a finding's category) and links to the item; the page decides what the
 * reader may see.
 */
@Component
class MailComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MailSettings settings;

    MailComposer(MailSettings settings) {
        this.settings = settings;
    }

    record Mail(String subject, String text, String html) {
    }

    record Markdown(String title, String text) {
    }

    /** A work-chat message (Chinese: the groups are the institutions' and the bureau's): the kind in bold, the subject, the link. */
    Markdown markdown(OutboxMessage message) {
        MailTexts texts = MailTexts.forTag(message.locale());
        String app = texts.get("app.name");
        if (OutboxMessage.TEST.equals(message.kind())) {
            String title = texts.get("messaging.robot.testTitle");
            return new Markdown(title, "**" + title + "**\n\n" + texts.get("messaging.robot.testBody", app));
        }
        NotificationKind kind = NotificationKind.valueOf(message.kind());
        String title = texts.get("messaging.kind." + kind.name());
        StringBuilder text = new StringBuilder("**").append(title).append("**\n\n> ")
                .append(oneLine(texts.get(kind.messageKey(), message.subject())));
        if (message.route() != null) {
            text.append("\n\n[").append(texts.get("messaging.mail.open")).append("](").append(settings.link(message.route())).append(')');
        }
        return new Markdown(title, text.append("\n\n").append(app).toString());
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    Mail compose(OutboxMessage message, List<DigestItem> digest) {
        MailTexts texts = MailTexts.forTag(message.locale());
        String app = texts.get("app.name");
        String footer = texts.get("messaging.mail.footer", app);
        String settingsLink = settings.link("notification-settings");
        String settingsLine = texts.get("messaging.mail.settings");
        return switch (message.kind()) {
            case OutboxMessage.TEST -> {
                String line = texts.get("messaging.mail.testBody", app);
                yield new Mail("[" + app + "] " + texts.get("messaging.mail.testSubject"),
                        line + "\n\n" + footer + "\n",
                        html(paragraph(line), footer, null, null));
            }
            case OutboxMessage.DIGEST -> {
                String subject = "[" + app + "] " + texts.get("messaging.mail.digestSubject", digest.size());
                StringBuilder text = new StringBuilder(texts.get("messaging.mail.digestIntro", digest.size())).append("\n\n");
                StringBuilder list = new StringBuilder("<ul>");
                for (DigestItem item : digest) {
                    String line = texts.get(item.kind().messageKey(), item.subject());
                    String when = TIME.format(item.createdAt());
                    text.append("- ").append(when).append("  ").append(line);
                    list.append("<li>").append(escape(when)).append(" &nbsp;");
                    if (item.route() != null) {
                        String link = settings.link(item.route());
                        text.append("\n  ").append(link);
                        list.append("<a href=\"").append(escape(link)).append("\">").append(escape(line)).append("</a>");
                    } else {
                        list.append(escape(line));
                    }
                    text.append('\n');
                    list.append("</li>");
                }
                list.append("</ul>");
                text.append('\n').append(settingsLine).append(": ").append(settingsLink).append("\n\n").append(footer).append('\n');
                yield new Mail(subject, text.toString(),
                        html(paragraph(texts.get("messaging.mail.digestIntro", digest.size())) + list, footer, settingsLink, settingsLine));
            }
            default -> {
                String line = texts.get(NotificationKind.valueOf(message.kind()).messageKey(), message.subject());
                String open = texts.get("messaging.mail.open");
                StringBuilder text = new StringBuilder(line).append("\n\n");
                String body = paragraph(line);
                if (message.route() != null) {
                    String link = settings.link(message.route());
                    text.append(open).append(": ").append(link).append("\n\n");
                    body += "<p><a href=\"" + escape(link) + "\">" + escape(open) + "</a></p>";
                }
                text.append(settingsLine).append(": ").append(settingsLink).append("\n\n").append(footer).append('\n');
                yield new Mail("[" + app + "] " + line, text.toString(), html(body, footer, settingsLink, settingsLine));
            }
        };
    }

    private static String html(String body, String footer, @Nullable String settingsLink, @Nullable String settingsLine) {
        String settings = settingsLink == null ? ""
                : "<p style=\"color:#666;font-size:12px\"><a href=\"" + escape(settingsLink) + "\">" + escape(settingsLine) + "</a></p>";
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif;font-size:14px\">" + body + settings
                + "<p style=\"color:#666;font-size:12px\">" + escape(footer) + "</p></body></html>";
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
