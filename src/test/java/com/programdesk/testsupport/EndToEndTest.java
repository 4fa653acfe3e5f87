package com.programdesk.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged app that all end-to-end classes of a run share ({@link SharedApp}: fresh embedded
 * database with demo data) and one Chromium per test class, plus the few ways tests find things on a
 * page: by role and accessible name, as a user would.
 *
 * <p>Sharing the app means no test may depend on another's writes, nor on running first. A test
 * creates what it changes under a name of its own (a program, a task, a round, an institution code
 * used by no other test) and finds it by that name; where it changes demo rows, no other test reads
 * or changes those rows (today: 白石街道's 2024 member day, 市妇保院's early-pregnancy report of last
 * month, 叶晓敏's two activities on the staffing page). Assertions on shared figures stay relative
 * (before and after) or structural. A new test that cannot keep to this starts its own
 * {@link PackagedApp}, as the database tests in {@code base.embeddeddb} do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedApp.class)
public abstract class EndToEndTest {

    protected PackagedApp app;
    protected Browser browser;

    @BeforeAll
    void startBrowser(PackagedApp sharedApp) {
        app = sharedApp;
        browser = new Browser();
    }

    /** Closes this class's Chromium windows; the app stays up for the next class. */
    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh browser context (no cookies) logged in as a demo user. */
    protected Page logIn(String username) {
        Page page = browser.newUser();
        Browser.logIn(page, app, username);
        return page;
    }

    protected static void logOut(Page page) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("账户")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("退出登录")).click();
        page.waitForURL(url -> url.contains("/login"));
        page.context().close();
    }

    protected static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator textbox(Locator scope, String name) {
        return scope.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator dialog(Page page, String title) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
    }
}
