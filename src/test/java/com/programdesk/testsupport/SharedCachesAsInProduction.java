package com.programdesk.testsupport;

import com.programdesk.base.service.SharedCaches;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test of the class keeps the shared caches for 30 s, as production does; afterwards they keep nothing again, as
 * the other tests expect ({@code programdesk.shared-caches.fresh-for=0s} in {@link ProgramDeskTest}).
 * Use: {@code @ExtendWith(SharedCachesAsInProduction.class)}.
 */
public class SharedCachesAsInProduction implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        caches(context).keepFor(Duration.ofSeconds(30));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        caches(context).keepFor(Duration.ZERO);
    }

    private static SharedCaches caches(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(SharedCaches.class);
    }
}
