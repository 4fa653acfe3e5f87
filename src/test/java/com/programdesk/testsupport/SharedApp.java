package com.programdesk.testsupport;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One packaged app (fresh embedded database with demo data, mail to {@link TestMail}) for all end-to-end test classes of a run:
 * started by the first class that asks for it, stopped when the run ends (the root store closes it).
 * Starting the jar takes about 8 seconds, so a class that needs the app as it is gets this one; a class
 * that needs another configuration or kills the app (ExternalDatabaseIT, EmbeddedDatabaseLifecycleIT)
 * starts its own {@link PackagedApp}. Classes sharing it must not depend on each other's writes: see
 * {@link EndToEndTest}.
 */
public final class SharedApp implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PackagedApp.class;
    }

    @Override
    public PackagedApp resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(), Running.class).appOrFailure();
    }

    /** Closed by JUnit when the root store closes, at the end of the run. A start that failed fails every class at once. */
    private record Running(PackagedApp app, AssertionError failure) implements AutoCloseable {

        static Running start() {
            try {
                // mail goes to the SMTP server in the test JVM (TestMail), so a test can follow a mail's link
                return new Running(PackagedApp.launch("e2e", PackagedApp.emptyDataFolder("e2e"), Map.of(),
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                        "--programdesk.mail.from=program-desk@portal.test", "--programdesk.public-url=" + TestMail.PUBLIC_URL).awaitReady(), null);
            } catch (AssertionError e) {
                return new Running(null, e);
            }
        }

        PackagedApp appOrFailure() {
            if (failure != null) {
                throw failure;
            }
            return app;
        }

        @Override
        public void close() {
            if (app != null) {
                app.close();
            }
        }
    }
}
