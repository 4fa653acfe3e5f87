package com.programdesk.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One packaged app (fresh embedded database with demo data) and one Chromium per test class, plus
 * the few ways tests find things on a page: by role and accessible name, as a user would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EndToEndTest {

    protected PackagedApp app;
    protected Browser browser;

    @BeforeAll
    void startAppAndBrowser() {
        String name = "e2e-" + getClass().getSimpleName();
        app = PackagedApp.launch(name, PackagedApp.emptyDataFolder(name), Map.of()).awaitReady();
        browser = new Browser();
    }

    @AfterAll
    void stopAppAndBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
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
