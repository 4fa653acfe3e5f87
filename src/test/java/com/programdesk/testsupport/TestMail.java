package com.programdesk.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, started once per run with the shared
 * application, which sends to it ({@code spring.mail.host}). It keeps every message of the run: a test
 * looks for its own by recipient, never counts all of them.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    /** Starts the server if it is not running; its SMTP port. */
    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return server.getSmtp().getPort();
    }

    /** Every message received so far addressed to this recipient, oldest first. */
    public static List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits up to 5 s until at least {@code count} messages reached this recipient; all of them. */
    public static List<MimeMessage> await(String address, int count) {
        long until = System.nanoTime() + 5_000_000_000L;
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        return received;
    }

    /** The plain-text and the HTML part of a message sent as multipart/alternative (inside multipart/mixed). */
    public static Parts parts(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message.getContent(), message.getContentType(), text, html);
            return new Parts(text.toString(), html.toString());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Parts(String text, String html) {
    }

    private static void collect(Object content, String type, StringBuilder text, StringBuilder html)
            throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), text, html);
            }
        } else if (content instanceof String string) {
            (type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html") ? html : text).append(string);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
