package com.programdesk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drawer's navigation is written as the side-nav web components, grouped by area, with every text escaped. */
class SideNavigationMarkupTest {

    private static final Map<String, String> ZH = Map.of("nav.home", "工作台", "nav.tasks", "任务清单", "nav.audit", "审计<日志>",
            "nav.area.programs", "项目工作", "nav.area.administration", "系统管理");

    @Test
    void entriesAreGroupedByAreaInOrderWithTheirIconsAndTheWorkspaceHasNoHeading() {
        NavigationMenu menu = NavigationMenus.write(List.of(
                new MenuEntry("/", "nav.home", 0.0, "vaadin:home", null),
                new MenuEntry("/tasks", "nav.tasks", 120.0, "vaadin:tasks", null),
                new MenuEntry("/audit", "nav.audit", 930.0, null, null)), ZH::get);

        assertThat(menu.labels()).containsExactly("工作台", "任务清单", "审计<日志>");
        assertThat(menu.html()).isEqualTo("<vaadin-side-nav>"
                + "<vaadin-side-nav-item path=\"\"><vaadin-icon icon=\"vaadin:home\" slot=\"prefix\"></vaadin-icon>工作台</vaadin-side-nav-item>"
                + "</vaadin-side-nav>"
                + "<vaadin-side-nav collapsible><span slot=\"label\">项目工作</span>"
                + "<vaadin-side-nav-item path=\"tasks\"><vaadin-icon icon=\"vaadin:tasks\" slot=\"prefix\"></vaadin-icon>任务清单</vaadin-side-nav-item>"
                + "</vaadin-side-nav>"
                + "<vaadin-side-nav collapsible><span slot=\"label\">系统管理</span>"
                + "<vaadin-side-nav-item path=\"audit\">审计&lt;日志&gt;</vaadin-side-nav-item>"
                + "</vaadin-side-nav>");
    }

    @Test
    void anAreaWithoutEntriesIsLeftOut() {
        NavigationMenu menu = NavigationMenus.write(List.of(new MenuEntry("/", "nav.home", 0.0, "vaadin:home", null)), ZH::get);

        assertThat(menu.html()).doesNotContain("项目工作").doesNotContain("系统管理");
    }
}
