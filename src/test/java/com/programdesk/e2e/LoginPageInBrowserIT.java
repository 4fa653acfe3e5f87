package com.programdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Opening the login page with an empty cache: the page comes with its UI and view (Vaadin's eager server load), so
 * the browser asks for no {@code v-r=init}, and the scripts Flow needs are asked for together with the entry script,
 * not each one answer after the other ({@code base.ui.ScriptPreloads}); after the login the page's scripts and style
 * sheets come from the browser's cache, not asked of the server again (docs/benchmarks.md, "Tenth round" and
 * "Thirteenth round"); style sheets come compressed, pages and Vaadin's answers do not (application.properties).
 */
class LoginPageInBrowserIT extends EndToEndTest {

    @Test
    void theLoginPageComesWithItsViewAndAsksForFlowsScriptsAtOnceAndTheLoginStillWorks() {
        Page page = browser.newUser();
        List<String> network = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        page.onRequest(request -> network.add("asked " + request.url()));
        page.onRequestFinished(request -> network.add("answered " + request.url()));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);

        Browser.logIn(page, app, "coordinator");

        int firstUidlAnswered = first(network, event -> event.startsWith("answered ") && event.contains("v-r=uidl"));
        assertThat(firstUidlAnswered).as("Vaadin's first UI answer").isNotNegative();
        for (String script : List.of("FlowBootstrap-", "generated-flow-imports-", "FlowClient-")) {
            int asked = first(network, event -> event.startsWith("asked ") && event.contains("/VAADIN/build/" + script));
            assertThat(asked).as(script + " asked for").isNotNegative().isLessThan(firstUidlAnswered);
        }
        page.locator("vaadin-side-nav-item").first().waitFor(); // logged in, the first view in its layout
        assertThat(network).as("the login page and the first view came with their UI")
                .noneMatch(event -> event.contains("v-r=init"));
        assertThat(problems).isEmpty();
    }

    @Test
    void afterTheLoginThePagesScriptsAndStyleSheetsComeFromTheBrowsersCache() {
        Page page = browser.newUser();
        List<String> loadedBeforeLogin = new CopyOnWriteArrayList<>();
        List<String> askedAgain = new CopyOnWriteArrayList<>();
        List<Map<String, String>> flowClientHeaders = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            String url = response.url();
            if (url.contains("/VAADIN/build/FlowClient-") && response.status() == 200) {
                flowClientHeaders.add(response.headers());
            }
            if (!url.contains("/VAADIN/build/") && !url.endsWith(".css") && !url.contains(".css?")) {
                return;
            }
            if (response.status() == 304) {
                askedAgain.add(url + " (asked whether it changed)");
            } else if (page.url().contains("/login")) {
                loadedBeforeLogin.add(url);
            }
        });

        Browser.logIn(page, app, "coordinator");
        page.locator("vaadin-side-nav-item").first().waitFor(); // the first view in its layout, its scripts loaded

        assertThat(loadedBeforeLogin).as("scripts and style sheets of the login page").isNotEmpty();
        assertThat(askedAgain).as("asked of the server again after the login").isEmpty();
        assertThat(flowClientHeaders.getFirst()).as("a script of the bundle, named by its content's hash")
                .containsEntry("cache-control", "public, max-age=31536000, immutable")
                .doesNotContainKeys("pragma", "expires");
    }

    @Test
    void styleSheetsComeCompressedPagesAndAnswersCarryingTheCsrfTokenDoNot() {
        Page page = browser.newUser();
        Map<String, Response> responses = new ConcurrentHashMap<>();
        page.onResponse(response -> {
            String url = response.url();
            String kind = url.contains("/lumo/lumo.css") ? "lumo.css" : url.contains("v-r=uidl") ? "uidl"
                    : url.endsWith("/login") ? "login page" : null;
            if (kind != null && response.status() == 200) {
                responses.putIfAbsent(kind, response);
            }
        });

        Browser.logIn(page, app, "coordinator");
        page.locator("vaadin-side-nav-item").first().waitFor();
        // the headers as received (headers() may leave out what Chromium reports separately, Content-Encoding among them)
        Map<String, String> encodings = new HashMap<>();
        responses.forEach((kind, response) ->
                encodings.put(kind, response.allHeaders().getOrDefault("content-encoding", "none")));

        assertThat(encodings.get("lumo.css")).as("Lumo's style sheet, 234 kB").isIn("gzip", "br");
        assertThat(encodings).as("the login page and Vaadin's answers (BREACH)")
                .containsEntry("login page", "none").containsEntry("uidl", "none");
    }

    private static int first(List<String> events, Predicate<String> which) {
        for (int i = 0; i < events.size(); i++) {
            if (which.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
