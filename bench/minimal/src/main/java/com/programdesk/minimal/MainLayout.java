package com.programdesk.minimal;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around both views: a side navigation with their two items, the user's name and logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Home", HomeView.class), new SideNavItem("Rows", RowsView.class));
        setPrimarySection(Section.DRAWER);
        addToDrawer(new Span("Minimal"), nav);
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Button logout = new Button("Log out", e -> authentication.logout());
        HorizontalLayout header = new HorizontalLayout(user, logout);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), header);
    }
}
