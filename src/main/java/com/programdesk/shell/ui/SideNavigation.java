package com.programdesk.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * The drawer's navigation as one element holding the shared markup of {@link NavigationMenus}: the
 * {@code vaadin-side-nav} web components navigate and mark the current view in the browser, so the
 * server needs no node per entry. {@code SideNav} with a {@code SideNavItem} and an {@code Icon} per
 * entry cost three state nodes per entry, some 60 in every UI (docs/benchmarks.md, "Heap per session").
 */
@Tag("div")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public final class SideNavigation extends Component {

    private final NavigationMenu menu;

    SideNavigation(NavigationMenu menu) {
        this.menu = menu;
        getElement().setAttribute("class", "side-navigation");
        getElement().setProperty("innerHTML", menu.html());
    }

    /** The entries' labels, in the order shown. */
    public List<String> labels() {
        return menu.labels();
    }
}
