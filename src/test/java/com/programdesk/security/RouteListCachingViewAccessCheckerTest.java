package com.programdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Opening a view checks its and its layout's access annotations as Flow does, without rebuilding the list of routes each time. */
class RouteListCachingViewAccessCheckerTest extends ViewTest {

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    AccessAnnotationChecker annotations;

    @Test
    void everyRoleIsAllowedAndDeniedTheViewsFlowsOwnCheckAllowsAndDeniesWhileTheRouteListIsBuiltOnce() {
        assertThat(accessControl.isEnabled()).isTrue();
        assertThat(accessControl.hasAccessChecker(RouteListCachingViewAccessChecker.class)).isTrue();
        RouteListCachingViewAccessChecker checker = new RouteListCachingViewAccessChecker(annotations);
        AnnotatedViewAccessChecker flows = new AnnotatedViewAccessChecker(annotations);
        ApplicationRouteRegistry application = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        AtomicInteger routeListsBuilt = new AtomicInteger();
        RouteRegistry counting = (RouteRegistry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RouteRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRegisteredRoutes")) {
                        routeListsBuilt.incrementAndGet();
                    }
                    return method.invoke(application, args);
                });
        List<RouteData> routes = application.getRegisteredRoutes();
        Set<AccessCheckDecision> decisions = EnumSet.noneOf(AccessCheckDecision.class);
        List<String> differences = new ArrayList<>();

        for (String user : new String[] {null, "admin", "coordinator", "mch.staff", "association", "viewer"}) {
            SecurityContextHolder.clearContext();
            if (user != null) {
                demoUsers.login(user);
            }
            Authentication principal = SecurityContextHolder.getContext().getAuthentication();
            Predicate<String> hasRole = role -> principal != null
                    && principal.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            for (RouteData route : routes) {
                AccessCheckDecision ours = checker.check(context(counting, route, principal, hasRole)).decision();
                AccessCheckDecision theirs = flows.check(context(application, route, principal, hasRole)).decision();
                decisions.add(ours);
                if (ours != theirs) {
                    differences.add(user + " " + route.getTemplate() + ": " + ours + " instead of " + theirs);
                }
            }
        }

        assertThat(differences).isEmpty();
        assertThat(decisions).contains(AccessCheckDecision.ALLOW, AccessCheckDecision.DENY);
        assertThat(routeListsBuilt).as("route lists built for %d checks", 6 * routes.size()).hasValue(1);
    }

    private static NavigationContext context(RouteRegistry registry, RouteData route, Principal principal, Predicate<String> hasRole) {
        // Flow's router answers with the session's registry whenever there is a session: this one answers with the given one
        Router router = new Router(registry) {
            @Override
            public RouteRegistry getRegistry() {
                return registry;
            }
        };
        return new NavigationContext(router, route.getNavigationTarget(), new Location(route.getTemplate()),
                RouteParameters.empty(), principal, hasRole, false);
    }
}
