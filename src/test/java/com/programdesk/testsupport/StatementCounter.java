package com.programdesk.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application prepares on the current thread, so that a test can
 * say how many queries a round trip costs (a browserless round trip runs on the test's thread).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> PREPARED = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    /** The statements {@code work} prepared on this thread. */
    public int count(Runnable work) {
        int before = PREPARED.get()[0];
        work.run();
        return PREPARED.get()[0] - before;
    }

    /** The statements {@code work} prepared on this thread, as SQL (to see where a count comes from). */
    public List<String> statements(Runnable work) {
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            work.run();
        } finally {
            SEEN.remove();
        }
        return seen;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }
    }

    private static Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (PREPARING.contains(method.getName())) {
                        PREPARED.get()[0]++;
                        List<String> seen = SEEN.get();
                        if (seen != null) {
                            seen.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
