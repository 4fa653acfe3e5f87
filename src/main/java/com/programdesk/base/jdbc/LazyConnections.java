package com.programdesk.base.jdbc;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Puts the connection pool behind a {@link LazyConnectionDataSourceProxy}: a transaction takes a
 * pooled connection only when its first statement runs. With MariaDB every transaction costs round
 * trips of its own ({@code set autocommit=0}, {@code COMMIT}, {@code set autocommit=1}); under load
 * they outnumbered the queries three to one (docs/benchmarks.md, "Second round of levers"). Now a
 * service call answered from a shared cache costs the database nothing.
 */
@Component
class LazyConnections implements BeanPostProcessor, Ordered {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource pool && !(bean instanceof LazyConnectionDataSourceProxy) ? new ClosingLazyDataSource(pool) : bean;
    }

    /** Before the unordered post-processors (a test's statement counter): this proxy wraps the pool itself. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Closes the pool with the context: the bean's inferred destroy method is looked up on this proxy. */
    static final class ClosingLazyDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        ClosingLazyDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }
}
