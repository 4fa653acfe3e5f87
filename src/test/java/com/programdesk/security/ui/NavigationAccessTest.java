package com.programdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.shell.ui.SideNavigation;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each role sees only the views it may open, and a URL does not get around that. */
class NavigationAccessTest extends ViewTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        navigate("institutions", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void adminSeesEveryAdministrationView() {
        demoUsers.login("admin");
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("工作台", "统计报表", "会员活动", "工作方案", "活动日历", "培训管理", "典型案例", "任务清单", "任务分解表", "督导检查", "问题整改", "督导检查表", "服务团队", "服务安排", "统计分析", "机构管理", "数据元", "分类", "指标", "报表维护", "行政区划", "用户管理", "接口客户端", "审计日志", "消息投递日志", "工作群机器人", "纪念日", "节假日");
    }

    @Test
    void coordinatorManagesInstitutionsButNotUsersOrTheAuditLog() {
        demoUsers.login("coordinator");
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("工作台", "统计报表", "数据导入", "会员活动", "工作方案", "活动日历", "培训管理", "典型案例", "任务清单", "任务分解表", "督导检查", "问题整改", "督导检查表", "服务团队", "服务安排", "统计分析", "机构管理", "数据元", "分类", "指标", "报表维护", "工作群机器人");
        assertRefused("users");
        assertRefused("audit");
        assertRefused("api-clients");
    }

    @Test
    void institutionUserCannotOpenAdministrationViewsByUrl() {
        demoUsers.login("mch.staff");
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("工作台", "我的任务", "整改任务", "机构自查", "统计报表", "数据导入", "工作方案", "活动日历", "培训管理", "典型案例", "服务团队", "服务安排", "统计分析", "本机构科室");
        assertRefused("users");
        assertRefused("audit");
        assertRefused("api-clients");
        assertRefused("institutions");
        assertRefused("statistics/elements");
        assertRefused("statistics/forms");
        assertRefused("statistics/indicators");
        assertRefused("statistics/categories");
        assertRefused("member-events");
    }

    @Test
    void associationUserLogsMemberEventsFromItsWorkspace() {
        demoUsers.login("association");
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("工作台", "我的任务", "整改任务", "机构自查", "统计报表", "数据导入", "会员活动", "工作方案", "活动日历", "培训管理", "典型案例", "服务团队", "服务安排");
        assertRefused("institutions");
        assertRefused("dashboard");
    }

    private void assertRefused(String location) {
        navigate(location, Component.class);
        assertThat(getCurrentView().getClass().getName()).isEqualTo("com.programdesk.shell.ui.NotFoundView");
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    private List<String> navigationLabels() {
        return $(SideNavigation.class).single().labels();
    }
}
