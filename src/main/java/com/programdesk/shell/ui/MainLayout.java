package com.programdesk.shell.ui;

import com.programdesk.base.ui.LanguageSwitch;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.notification.service.NotificationService;
import com.programdesk.notification.ui.NotificationBell;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.user.service.UserService;
import com.programdesk.user.service.EmailAddressService;
import com.programdesk.user.ui.ChangePasswordDialog;
import com.programdesk.user.ui.EmailDialog;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view: navigation grouped by area, showing only the views the
 * user's role may open, and a header with who is logged in, the language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final NotificationBell bell;

    private final EmailAddressService emails;

    MainLayout(CurrentUser currentUser, InstitutionService institutions, UserService users, EmailAddressService emails,
               NotificationService notifications, AuthenticationContext authenticationContext, NavigationMenus menus) {
        this.emails = emails;
        this.authenticationContext = authenticationContext;
        this.bell = new NotificationBell(notifications);
        AuthenticatedUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawerTitle(), new SideNavigation(menus.current(getLocale(), key -> getTranslation(key))));
        addToNavbar(new DrawerToggle(), header(user, institutions, users));
    }

    private Div drawerTitle() {
        Span logo = new Span(getTranslation("app.name"));
        logo.addClassNames("app-title");
        Div title = new Div(logo);
        title.addClassName("drawer-title");
        return title;
    }

    private HorizontalLayout header(AuthenticatedUser user, InstitutionService institutions, UserService users) {
        String institution = institutions.summary(user.institutionId())
                .map(s -> s.shortName() != null ? s.shortName() : s.nameZh()).orElse(null);
        Span name = new Span(user.displayName());
        Span detail = new Span(getTranslation(user.role().messageKey()) + (institution == null ? "" : " · " + institution));
        detail.addClassName("secondary");
        Div userInfo = new Div(name, detail);
        userInfo.addClassName("user-info");

        LanguageSwitch language = new LanguageSwitch(users::savePreferredLocale);

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var account = userMenu.addItem(new Icon(VaadinIcon.USER));
        account.setAriaLabel(getTranslation("header.account"));
        account.getSubMenu().addItem(getTranslation("header.changePassword"), e -> new ChangePasswordDialog(users).open());
        account.getSubMenu().addItem(getTranslation("header.email"), e -> new EmailDialog(emails).open());
        account.getSubMenu().addItem(getTranslation("nav.notificationSettings"), e -> UI.getCurrent().navigate("notification-settings"));
        account.getSubMenu().addItem(getTranslation("header.logout"), e -> authenticationContext.logout());

        HorizontalLayout header = new HorizontalLayout(userInfo, bell, language, userMenu);
        header.addClassName("app-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.refresh();
    }
}
