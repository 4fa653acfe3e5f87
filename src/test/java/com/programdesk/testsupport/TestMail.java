package com.programdesk.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once for the run on a free port; the test
 * application sends its mail there ({@link TestDatabaseInitializer}). Tests find their own mail by
 * the recipient, an address of their own ({@link TestData#unique}).
 */
public final class TestMail {

    /** The portal's public address in tests: the start of every link in a mail. */
    public static final String PUBLIC_URL = "http://portal.test";

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The mails received so far for this address. */
    public static List<MimeMessage> to(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server().getReceivedMessages()) {
            try {
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                if (recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    /** Waits (mail goes out after the commit, on a thread of its own) until {@code count} mails reached the address. */
    public static List<MimeMessage> await(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = to(address);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("expected " + count + " mail(s) to " + address + ", got " + to(address).size());
    }

    /** The text of one part ({@code text/plain} or {@code text/html}) of a mail. */
    public static String part(MimeMessage message, String type) {
        try {
            String text = find(message, type);
            if (text == null) {
                throw new AssertionError("no " + type + " part");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = find(multipart.getBodyPart(i), type);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The first link to the path (e.g. {@code /reset-password}) in the plain-text part, with its token. */
    public static String link(MimeMessage message, String path) {
        Matcher matcher = Pattern.compile(Pattern.quote(PUBLIC_URL + path) + "\\?token=[A-Za-z0-9_-]+").matcher(part(message, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + part(message, "text/plain"));
        }
        return matcher.group();
    }

    /** The token of a link. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
