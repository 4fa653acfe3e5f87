package com.programdesk.messaging.service;

import com.programdesk.messaging.domain.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Posts a markdown message to a group robot: 企业微信 ({@code {"msgtype":"markdown","markdown":{"content":…}}}) or
 * 钉钉 ({@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}, signed: {@code &timestamp=…&sign=…}, the
 * sign being base64 of HmacSHA256 over "timestamp\nsecret" with the secret as key). Both answer HTTP 200 with
 * {@code "errcode":0} when they took it; anything else is a failure with their message as the reason.
 */
@Component
class RobotSender {

    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Clock clock;
    // made at the first message, not at start: building it loads the trust store and starts a selector thread
    // (about 0.1 s of every start), and most installations never configure a robot
    private @Nullable HttpClient http;

    RobotSender(Clock clock) {
        this.clock = clock;
    }

    void post(Channel kind, String webhook, @Nullable String secret, String title, String markdown) throws IOException, InterruptedException {
        String body = kind == Channel.DINGTALK
                ? "{\"msgtype\":\"markdown\",\"markdown\":{\"title\":" + json(title) + ",\"text\":" + json(markdown) + "}}"
                : "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":" + json(markdown) + "}}";
        String url = kind == Channel.DINGTALK && secret != null ? signed(webhook, secret, clock.millis()) : webhook;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String answer = response.body() == null ? "" : response.body();
        Matcher code = ERRCODE.matcher(answer);
        if (response.statusCode() != 200 || !code.find() || !"0".equals(code.group(1))) {
            throw new IOException("robot answered HTTP " + response.statusCode() + ": "
                    + (answer.length() <= 200 ? answer : answer.substring(0, 200) + "…"));
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    /** 钉钉's signed address: the webhook with {@code &timestamp=<ms>&sign=<urlencoded base64 HmacSHA256("ms\nsecret")>}. */
    static String signed(String webhook, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sign = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return webhook + (webhook.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                    + URLEncoder.encode(Base64.getEncoder().encodeToString(sign), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
