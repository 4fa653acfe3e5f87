package com.programdesk.base.ui;

import com.vaadin.flow.di.Lookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers what Vaadin's lookup found for each service type. The Spring lookup caches only
 * Flow's own default service types: for any other type it asks the application context for
 * beans and scans the class path with a {@link java.util.ServiceLoader} on every call. Flow asks
 * on every argument of every {@code @ClientCallable} call (grid viewport requests, confirmations)
 * and on every navigation (the roles checker), which cost about 15 % of the CPU under load
 * (docs/benchmarks.md, issue 18). The answers cannot change while the application runs: service
 * implementations are singleton beans or class-path entries.
 */
final class CachingLookup implements Lookup {

    private final Lookup delegate;
    private final ConcurrentMap<Class<?>, Optional<?>> single = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, Collection<?>> all = new ConcurrentHashMap<>();

    CachingLookup(Lookup delegate) {
        this.delegate = delegate;
    }

    Lookup delegate() {
        return delegate;
    }

    @Override
    public <T> T lookup(Class<T> serviceClass) {
        Optional<?> found = single.get(serviceClass);
        if (found == null) {
            // not computeIfAbsent: creating a bean may look up other services on this thread
            found = Optional.ofNullable(delegate.lookup(serviceClass));
            single.putIfAbsent(serviceClass, found);
        }
        return serviceClass.cast(found.orElse(null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Collection<T> lookupAll(Class<T> serviceClass) {
        Collection<?> found = all.get(serviceClass);
        if (found == null) {
            found = Collections.unmodifiableList(new ArrayList<>(delegate.lookupAll(serviceClass)));
            all.putIfAbsent(serviceClass, found);
        }
        return (Collection<T>) found;
    }
}
