package com.programdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.PackagedApp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Someone trying Program Desk for the first time (the README's demo start on an empty data folder) opens the login page
 * as soon as it answers and logs in with a demo account: it must be taken, not refused as a wrong password because the
 * demo users were still being loaded behind a page already served.
 */
class FirstDemoStartIT {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void theFirstLoginPageServedTakesTheDemoLogin() throws Exception {
        try (PackagedApp app = PackagedApp.launch("first-demo-start", PackagedApp.emptyDataFolder("first-demo-start"), Map.of())) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            String page = firstLoginPage(app, browser);
            Matcher token = TOKEN.matcher(page);
            assertThat(token.find()).as("the login page carries the form's token").isTrue();

            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=" + DemoUsers.PASSWORD
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(login.headers().firstValue("location").orElse("")).as("logged in, not sent back to the login page")
                    .doesNotContain("/login");
        }
    }

    /** Asks for the login page every 50 ms from the launch on, as a person reloading would, and returns the first one served. */
    private static String firstLoginPage(PackagedApp app, HttpClient browser) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200) {
                    return page.body();
                }
            } catch (IOException notListeningYet) {
                // the server is not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no login page within 3 minutes:\n" + app.logText());
    }
}
