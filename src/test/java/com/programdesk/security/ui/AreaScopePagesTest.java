package com.programdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

/** Another area's rows cannot be opened by URL: their pages look exactly like pages that do not exist. */
class AreaScopePagesTest extends ViewTest {

    private static final String QIXIAN_PROGRAM = "齐贤分院“早孕关爱行动”工作方案";

    @Test
    void keqiaosCoordinatorOpensNoneOfYueqingsPagesByUrl() {
        long pilot = testData.programId("乐卫发〔2024〕25号");
        long round = jdbc.sql("SELECT id FROM supervision_round WHERE title = '2024年3-4月基本避孕服务项目督导'").query(Long.class).single();
        long task = jdbc.sql("SELECT id FROM task WHERE title = '更年期保健专题培训班' ORDER BY id LIMIT 1").query(Long.class).single();
        long finding = jdbc.sql("SELECT id FROM finding WHERE institution_id = ? ORDER BY id LIMIT 1")
                .param(testData.institutionId("YQ-MCH")).query(Long.class).single();
        demoUsers.login("keqiao.coordinator");

        for (String url : new String[] {"programs/" + pilot, "tasks/" + task, "supervision/" + round, "findings/" + finding,
            "supervision/" + round + "/visits/" + testData.institutionId("YQ-MCH")}) {
            navigate(url, Component.class);
            assertThat(getCurrentView().getClass().getName()).as(url).isEqualTo("com.programdesk.shell.ui.NotFoundView");
            assertThat($(H2.class).withText("页面不存在").exists()).as(url).isTrue();
        }
    }

    @Test
    void eachCoordinatorOpensItsOwnAreasProgramAndNotTheOther() {
        long qixian = testData.programIdTitled(QIXIAN_PROGRAM);

        demoUsers.login("coordinator");
        navigate("programs/" + qixian, Component.class);
        assertThat(getCurrentView().getClass().getName()).isEqualTo("com.programdesk.shell.ui.NotFoundView");

        demoUsers.login("keqiao.coordinator");
        navigate("programs/" + qixian, Component.class);
        assertThat(getCurrentView().getClass().getName()).isEqualTo("com.programdesk.program.overview.ui.ProgramView");
    }
}
