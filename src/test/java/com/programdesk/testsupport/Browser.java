package com.programdesk.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with a fresh profile per user. Playwright's
 * own browser download is switched off: this machine has no access to it, and needs none.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Path screenshots = Path.of("target", "screenshots");

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError(CHROMIUM + " is missing: apt-get install chromium fonts-noto-cjk (.ci/run does this)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A new browser window with an empty profile: no cookies, no session. */
    public Page newUser() {
        try {
            Path profile = Files.createTempDirectory("programdesk-chromium-");
            BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(FLAGS)
                            .setLocale("zh-CN")
                            .setViewportSize(1400, 900));
            context.setDefaultTimeout(20_000);
            return context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new window on a phone: {@code width × height} CSS pixels, a touch screen, the mobile viewport meta honoured and
     * two device pixels per CSS pixel, as on the 375–414 px wide phones institution staff and trainees use.
     */
    public Page newPhone(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("programdesk-chromium-phone-");
            BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(FLAGS)
                            .setLocale("zh-CN")
                            .setViewportSize(width, height)
                            .setIsMobile(true)
                            .setHasTouch(true)
                            .setDeviceScaleFactor(2));
            context.setDefaultTimeout(20_000);
            return context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through the login form and waits for the home view. */
    public static void logIn(Page page, PackagedApp app, String username) {
        logIn(page, app, username, DemoUsers.PASSWORD);
    }

    public static void logIn(Page page, PackagedApp app, String username, String password) {
        page.navigate(app.url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    public void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

    /** What the phone's screen shows, at one image pixel per CSS pixel (small enough for the README). */
    public void phoneScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png"))
                .setScale(com.microsoft.playwright.options.ScreenshotScale.CSS));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
