package com.programdesk.security;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Flow's check of the access annotations of a view and its layouts, reading the list of routes from a cache.
 *
 * <p>Flow's checker asks the route registry for the list of all routes twice per navigation, to find the view's
 * layouts, and the registry builds that list anew each time from every route's annotations: 3.5 % of all CPU under
 * load (docs/benchmarks.md, "Upstream report: the list of routes built twice per navigation"). Here the check runs
 * unchanged against a registry whose list of routes is kept until the application's routes change. This
 * application registers no routes per session, so the application's routes are all the routes a check can meet.
 */
class RouteListCachingViewAccessChecker extends AnnotatedViewAccessChecker {

    private static final Method GET_REGISTERED_ROUTES;

    static {
        try {
            GET_REGISTERED_ROUTES = RouteRegistry.class.getMethod("getRegisteredRoutes");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile List<RouteData> routes;
    private final AtomicBoolean watchingRoutes = new AtomicBoolean();

    RouteListCachingViewAccessChecker(AccessAnnotationChecker annotations) {
        super(annotations);
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        RouteRegistry cached = withCachedRouteList(context.getRouter().getRegistry());
        return super.check(new NavigationContext(new RouterOver(cached), context.getNavigationTarget(), context.getLocation(),
                context.getParameters(), context.getPrincipal(), context::hasRole, context.isErrorHandling(),
                context.isNavigating()));
    }

    private RouteRegistry withCachedRouteList(RouteRegistry registry) {
        return (RouteRegistry) Proxy.newProxyInstance(RouteRegistry.class.getClassLoader(), new Class<?>[] {RouteRegistry.class},
                (proxy, method, args) -> {
                    if (method.equals(GET_REGISTERED_ROUTES)) {
                        return routeList(registry);
                    }
                    try {
                        return method.invoke(registry, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A router that answers with the given registry; Flow's own answers with the session's whenever there is a session. */
    private static final class RouterOver extends Router {

        private final RouteRegistry registry;

        RouterOver(RouteRegistry registry) {
            super(registry);
            this.registry = registry;
        }

        @Override
        public RouteRegistry getRegistry() {
            return registry;
        }
    }

    private List<RouteData> routeList(RouteRegistry registry) {
        List<RouteData> known = routes;
        if (known == null) {
            ApplicationRouteRegistry application = ApplicationRouteRegistry.getInstance(registry.getContext());
            if (watchingRoutes.compareAndSet(false, true)) {
                application.addRoutesChangeListener(changed -> routes = null);
            }
            known = List.copyOf(registry.getRegisteredRoutes());
            routes = known;
        }
        return known;
    }
}
