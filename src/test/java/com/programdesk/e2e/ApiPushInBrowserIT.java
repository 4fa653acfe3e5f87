package com.programdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.programdesk.testsupport.EndToEndTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's "done when" for the API, against the packaged app: the administrator creates the Wenzhou
 * platform's client on 接口客户端 and copies its token; the platform pushes a month of its hospitals'
 * counts (July 2018, which nothing else uses), they show up as imported drafts for the hospital, pushing
 * again changes nothing, and the OpenAPI page lists every endpoint.
 */
class ApiPushInBrowserIT extends EndToEndTest {

    private static final String MONTH = """
            机构编码,统计期,EP_VISITS,EP_PATH_CONTINUE,EP_PATH_ABNORMAL,EP_PATH_TERMINATE,INDUCED_ABORTIONS,REPEAT_ABORTIONS
            YQ-MCH,2018-07,120,70,20,30,30,1
            YQ-H2,2018-07,80,50,10,20,18,0
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWenzhouPlatformPushesAMonthThatShowsUpAsDraftsAndTheOpenApiPageListsEveryEndpoint() throws Exception {
        Page admin = logIn("admin");
        link(admin, "接口客户端").click();
        button(admin, "新建接口客户端").click();
        Locator dialog = dialog(admin, "新建接口客户端");
        textbox(dialog, "名称").fill("温州市流产后避孕服务平台");
        button(dialog, "选择区划").click();
        Locator picker = admin.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("选择区划"));
        textbox(picker, "搜索名称或代码").fill("330300");
        picker.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("330300").setVisible(true)).first().click();
        button(picker, "选择").click();
        assertThat(picker).hasCount(0);
        button(dialog, "创建并生成令牌").click();
        Locator shown = dialog(admin, "“温州市流产后避孕服务平台”的令牌");
        String token = textbox(shown, "令牌").inputValue();
        assertThat(token).startsWith("pd_");
        browser.screenshot(admin, "api-01-token-once");
        button(shown, "关闭").click();
        assertThat(admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("温州市流产后避孕服务平台"))).isVisible();

        HttpResponse<String> dryRun = push(token, "?dryRun=true");
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.body()).contains("\"imported\":12").contains("\"written\":false");
        HttpResponse<String> pushed = push(token, "");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.body()).contains("\"imported\":12").contains("\"written\":true").contains("\"new\":2");
        HttpResponse<String> again = push(token, "");
        assertThat(again.body()).contains("\"imported\":0").contains("\"updated\":0").contains("\"ignored\":12").contains("\"written\":false");

        Page hospital = logIn("second.staff");
        hospital.navigate(app.url("/reports/import"));
        Locator imported = hospital.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("2018-07"));
        assertThat(imported.first()).isVisible();
        browser.screenshot(hospital, "api-02-drafts-for-the-hospital");

        Page docs = browser.newUser();
        docs.navigate(app.url("/api/docs"));
        assertThat(docs.getByText("Program Desk API").first()).isVisible();
        browser.screenshot(docs, "api-03-openapi-page");
        for (String path : new String[] {"/api/v1/dataValueSets", "/api/v1/reports/completeness", "/api/v1/indicators/values",
                "/api/v1/tasks", "/api/v1/activities", "/api/v1/activities.ics", "/api/v1/me"}) {
            assertThat(docs.locator(".opblock-summary-path").filter(new Locator.FilterOptions().setHasText(path)).first()).isVisible();
        }
    }

    private HttpResponse<String> push(String token, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/dataValueSets" + query)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(MONTH)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
