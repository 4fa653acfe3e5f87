package com.programdesk.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.domain.TokenRejection;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator creates the Wenzhou platform's API client, copies its token once, and revokes it. */
class ApiClientsViewTest extends ViewTest {

    @Autowired
    ApiClientService clients;

    @Test
    void anAdministratorCreatesAClientSeesTheTokenOnceAndRevokesIt() {
        demoUsers.login("admin");
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = TestData.unique("温州平台");

        test(view.create).click();
        ApiClientDialog dialog = $(ApiClientDialog.class).single();
        test(dialog.name).setValue(name);
        dialog.area.setValue(testData.areaId("330300"));
        test(dialog.scopes).selectItem(ApiScope.TASKS_READ.code() + " · 读取任务");
        test(dialog.save).click();

        TokenDialog shown = $(TokenDialog.class).single();
        String token = shown.token.getValue();
        assertThat(token).startsWith("pd_").hasSize(46);
        test(shown.copy).click();
        shown.close();
        ApiClientService.Authentication accepted = clients.authenticate(token);
        assertThat(accepted.caller()).isNotNull();
        assertThat(accepted.caller().name()).isEqualTo(name);
        assertThat(accepted.caller().scopes()).containsExactlyInAnyOrder(ApiScope.REPORTS_WRITE, ApiScope.TASKS_READ);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("温州市");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo(token.substring(0, 7) + "…");
        assertThat(count("api_client WHERE token_hash LIKE '" + token.substring(0, 7) + "%'")).as("only the hash is stored").isZero();

        test((com.vaadin.flow.component.button.Button) test(view.grid).getCellComponent(0, 7)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(clients.authenticate(token).rejection()).isEqualTo(TokenRejection.REVOKED);
        assertThat(clients.list(0, 1).getFirst().revoked()).isTrue();
        assertThat(test(view.grid).getCellComponent(0, 7).isVisible()).as("a revoked client offers no revoke").isFalse();
        assertThat(count("audit_event WHERE entity_type = 'ApiClient' AND action IN ('CREATE', 'REVOKE') AND entity_id = "
                + clients.list(0, 1).getFirst().id())).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        demoUsers.login("admin");
        ApiClientsView view = navigate(ApiClientsView.class);
        long before = count("api_client");

        test(view.create).click();
        ApiClientDialog dialog = $(ApiClientDialog.class).single();
        // what the browser checks as it is typed (1900-01-01, abc, a date past a year) gets the expiry's own range at the field
        String range = "请选择 " + com.programdesk.base.ui.DateFormats.date(LocalDate.now().plusDays(1), java.util.Locale.SIMPLIFIED_CHINESE)
                + " 到 " + com.programdesk.base.ui.DateFormats.date(LocalDate.now().plusDays(ApiClientService.MAX_DAYS), java.util.Locale.SIMPLIFIED_CHINESE)
                + " 之间的日期";
        assertThat(dialog.expiresOn.getI18n().getMinErrorMessage()).isEqualTo(range);
        assertThat(dialog.expiresOn.getI18n().getBadInputErrorMessage()).isEqualTo(range);
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();

        test(dialog.name).setValue(TestData.unique("平台"));
        test(dialog.save).click();
        assertThat(dialog.area.isInvalid()).as("an area or an institution is required").isTrue();

        dialog.area.setValue(testData.areaId("330300"));
        dialog.expiresOn.setValue(LocalDate.now().plusYears(2));
        test(dialog.save).click();
        assertThat(dialog.expiresOn.isInvalid()).isTrue();
        assertThat(dialog.expiresOn.getErrorMessage()).contains("366");

        dialog.expiresOn.setValue(LocalDate.now().plusDays(10));
        test(dialog.smallCountsHidden).click();
        test(dialog.save).click();
        assertThat(dialog.scopes.isInvalid()).as("a client that must not see small counts cannot push").isTrue();

        test(dialog.scopes).deselectAll();
        test(dialog.save).click();
        assertThat(dialog.scopes.isInvalid()).isTrue();
        assertThat(count("api_client")).isEqualTo(before);
        assertThat(dialog.isOpened()).isTrue();
    }
}
