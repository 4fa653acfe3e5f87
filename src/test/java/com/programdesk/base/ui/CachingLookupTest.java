package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/** Flow asks its lookup on every click and every navigation; the class path is scanned once per type. */
class CachingLookupTest {

    private final List<Class<?>> asked = new ArrayList<>();

    private final Lookup scanning = new Lookup() {
        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == CharSequence.class ? serviceClass.cast("found") : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == CharSequence.class ? List.of(serviceClass.cast("a"), serviceClass.cast("b")) : List.of();
        }
    };

    @Test
    void aServiceFoundOnceIsNotLookedUpAgain() {
        Lookup lookup = new CachingLookup(scanning);

        assertThat(lookup.lookup(CharSequence.class)).isEqualTo("found");
        assertThat(lookup.lookup(CharSequence.class)).isEqualTo("found");
        assertThat(lookup.lookupAll(CharSequence.class)).containsExactly("a", "b");
        assertThat(lookup.lookupAll(CharSequence.class)).containsExactly("a", "b");

        assertThat(asked).containsExactly(CharSequence.class, CharSequence.class);
    }

    @Test
    void aServiceThatDoesNotExistIsNotScannedForAgain() {
        Lookup lookup = new CachingLookup(scanning);

        assertThat(lookup.lookup(Runnable.class)).isNull();
        assertThat(lookup.lookup(Runnable.class)).isNull();
        assertThat(lookup.lookupAll(Runnable.class)).isEmpty();
        assertThat(lookup.lookupAll(Runnable.class)).isEmpty();

        assertThat(asked).containsExactly(Runnable.class, Runnable.class);
    }

    @Test
    void theServiceReadsTheCachingLookupFromItsContextOnceItHasStarted() {
        VaadinServletContext context = new VaadinServletContext(new MockServletContext());
        context.setAttribute(Lookup.class, scanning);
        VaadinService service = mock(VaadinService.class);
        when(service.getContext()).thenReturn(context);

        new LookupCaching().serviceInit(new ServiceInitEvent(service));
        new LookupCaching().serviceInit(new ServiceInitEvent(service));

        Lookup used = context.getAttribute(Lookup.class);
        assertThat(used).isInstanceOf(CachingLookup.class);
        assertThat(((CachingLookup) used).delegate()).isSameAs(scanning);
        used.lookup(Runnable.class);
        used.lookup(Runnable.class);
        assertThat(asked).containsExactly(Runnable.class);
    }
}
