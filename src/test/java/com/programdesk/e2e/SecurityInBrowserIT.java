package com.programdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.EndToEndTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the README's "Security" section promises, checked against the packaged app: each role opens
 * every view of its menu in Chromium under the Content-Security-Policy (nothing refused, no error in
 * the console, every page with the security headers); sessions travel by cookie only; a login
 * without the CSRF token is refused, a login page that outlived its session still works; behind a TLS proxy the
 * browser gets HSTS and Secure cookies.
 */
class SecurityInBrowserIT extends EndToEndTest {

    private static final Pattern CSP_NEEDS = Pattern.compile(
            "default-src 'self'.*object-src 'none'.*frame-ancestors 'self'.*base-uri 'self'.*form-action 'self'");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "mch.staff", "association", "viewer"})
    void everyViewOfEveryRoleRendersUnderThePolicyWithTheSecurityHeaders(String username) {
        Page page = browser.newUser();
        List<String> problems = new ArrayList<>();
        page.context().addInitScript("""
                document.addEventListener('securitypolicyviolation', e =>
                    console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""");
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": " + error));

        Browser.logIn(page, app, username);
        List<String> paths = menuPaths(page);
        assertThat(paths).as("menu of " + username).hasSizeGreaterThan(1);

        for (String path : paths) {
            Response response = page.navigate(app.url("/" + path));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertSecurityHeaders(path, response.allHeaders());
            page.locator("vaadin-side-nav-item").first().waitFor(); // the view rendered in its layout
        }
        assertThat(problems).as("console errors and CSP violations of " + username).isEmpty();
        page.context().close();
    }

    private static List<String> menuPaths(Page page) {
        page.locator("vaadin-side-nav-item").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))");
        return paths.stream().distinct().toList();
    }

    static void assertSecurityHeaders(String what, Map<String, String> headers) {
        String csp = headers.getOrDefault("content-security-policy", "");
        Matcher needs = CSP_NEEDS.matcher(csp);
        assertThat(needs.find()).as(what + " Content-Security-Policy: " + csp).isTrue();
        assertThat(headers).as(what)
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "same-origin")
                .containsKey("permissions-policy");
        assertThat(headers.get("permissions-policy")).as(what).contains("camera=()", "geolocation=()");
        assertThat(headers.get("cache-control")).as(what + " Cache-Control").contains("no-store");
    }

    /** A typo, an old bookmark, a link to a view of another role: the same page inside the app, never the browser's own error page. */
    @ParameterizedTest
    @ValueSource(strings = {"no-such-page", "tasks/12345", "users"})
    void anAddressTheUserCannotOpenShowsTheNotFoundPageInsideTheApp(String path) {
        Page page = logIn("viewer");

        Response response = page.navigate(app.url("/" + path));

        assertThat(response.status()).as(path).isEqualTo(404);
        assertSecurityHeaders(path, response.allHeaders());
        assertThat(page.locator(".error-view h2").textContent()).isEqualTo("页面不存在");
        page.locator("vaadin-side-nav-item").first().waitFor(); // inside the layout, the menu at hand
        page.context().close();
    }

    /** A login page left open over night, or while the app restarted: its session is gone, its form still works. */
    @Test
    void aLoginPageLeftOpenWhileItsSessionEndedStillLogsInAtTheFirstTry() {
        Page page = openLoginPage();
        page.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));

        submitLogin(page, "viewer");

        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.context().close();
    }

    /** Should the form's token be gone too (cookies cleared), the page says why, rather than showing an empty form again. */
    @Test
    void aLoginFormWhoseTokenIsGoneSaysThePageExpired() {
        Page page = openLoginPage();
        page.context().clearCookies();

        submitLogin(page, "viewer");

        page.waitForURL(url -> url.endsWith("/login?expired"));
        page.locator("vaadin-login-form").getByText("登录页已过期").waitFor(); // the message, not an empty form
        submitLogin(page, "viewer");
        page.waitForURL(url -> !url.contains("/login"));
        page.context().close();
    }

    private Page openLoginPage() {
        Page page = browser.newUser();
        page.navigate(app.url("/login"));
        page.getByLabel("用户名").waitFor();
        return page;
    }

    private static void submitLogin(Page page, String username) {
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(com.programdesk.testsupport.DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    @Test
    void theSessionIdTravelsInACookieOnlyNeverInAUrl() throws Exception {
        HttpClient http = client();
        HttpResponse<String> redirect = get(http, "/VAADIN/build/", Map.of());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(redirect.headers().allValues("set-cookie")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> login = get(http, "/login", Map.of());
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        assertSecurityHeaders("/login", flat(login));
        assertThat(login.headers().firstValue("strict-transport-security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void behindATlsProxyTheBrowserGetsHstsAndASecureCookie() throws Exception {
        HttpResponse<String> login = get(client(), "/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("strict-transport-security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(login.headers().allValues("set-cookie")).as("the session and the login form's token")
                .hasSize(2).allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aLoginPostedWithoutTheCsrfTokenIsRefusedAndWithItTheFormWorks() throws Exception {
        HttpClient attacker = client();
        get(attacker, "/login", Map.of());
        HttpResponse<String> forged = post(attacker, "/login", "username=viewer&password=" + com.programdesk.testsupport.DemoUsers.PASSWORD);
        assertThat(forged.headers().firstValue("location").orElse("")).as("no way into the app").doesNotEndWith("/");
        assertThat(get(attacker, "/", Map.of()).headers().firstValue("location")).as("still not logged in")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        HttpClient form = client();
        String page = get(form, "/login", Map.of()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the login page carries the token the Vaadin login form posts").isTrue();
        HttpResponse<String> login = post(form, "/login", "username=viewer&password=" + com.programdesk.testsupport.DemoUsers.PASSWORD
                + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).doesNotContain("/login");
        assertThat(get(form, "/", Map.of()).statusCode()).as("logged in").isEqualTo(200);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient http, String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> flat(HttpResponse<?> response) {
        Map<String, String> headers = new java.util.HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
        return headers;
    }
}
