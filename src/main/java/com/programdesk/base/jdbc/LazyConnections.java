package com.programdesk.base.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Puts the connection pool behind a {@link LazyConnectionDataSourceProxy}, with a read-only twin of
 * the pool for read-only transactions. With MariaDB every transaction costs round trips of its own
 * ({@code set autocommit=0}, {@code COMMIT}, {@code set autocommit=1}, and for a read-only one
 * {@code SET SESSION TRANSACTION READ ONLY} and back to {@code READ WRITE}); under load they
 * outnumbered the queries three to one (docs/benchmarks.md, "Connections"). Now a transaction takes a
 * pooled connection only when its first statement runs, so a service call answered from a shared
 * cache costs none; and a read-only one takes a connection that is read-only from the start.
 */
@Component
class LazyConnections implements BeanPostProcessor, Ordered {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource pool) || bean instanceof LazyConnectionDataSourceProxy) {
            return bean;
        }
        return new ClosingLazyDataSource(pool, pool instanceof HikariDataSource hikari ? readOnlyTwin(hikari) : null);
    }

    /** Before the unordered post-processors (a test's statement counter): this proxy wraps the pool itself. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static HikariDataSource readOnlyTwin(HikariDataSource pool) {
        HikariConfig config = new HikariConfig();
        pool.copyStateTo(config);
        config.setPoolName((pool.getPoolName() == null ? "programdesk" : pool.getPoolName()) + "-read");
        config.setReadOnly(true);
        // grows with demand and shrinks when idle, so that the twin does not double the connections a quiet node holds
        config.setMinimumIdle(Math.min(2, config.getMaximumPoolSize()));
        return new HikariDataSource(config);
    }

    /** Closes the pools with the context: the bean's inferred destroy method is looked up on this proxy. */
    static final class ClosingLazyDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final @Nullable DataSource readOnlyPool;

        ClosingLazyDataSource(DataSource pool, @Nullable DataSource readOnlyPool) {
            super(pool);
            this.readOnlyPool = readOnlyPool;
            if (readOnlyPool != null) {
                setReadOnlyDataSource(readOnlyPool);
            }
        }

        @Override
        public void close() throws Exception {
            if (readOnlyPool instanceof AutoCloseable pool) {
                pool.close();
            }
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }
}
