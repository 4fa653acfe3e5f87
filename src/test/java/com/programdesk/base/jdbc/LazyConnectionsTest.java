package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.testsupport.ProgramDeskTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service call answered from a cache takes no database connection, and a read-only one reads in
 * auto-commit (or joins the running transaction): no per-call transaction switching, which cost
 * MariaDB round trips on every call. A read-only transaction proper is still read-only.
 */
@ProgramDeskTest
class LazyConnectionsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionInterceptor interceptor;

    @Test
    void aTransactionWithoutStatementsTakesNoConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int[] active = new int[1];
        readOnly().executeWithoutResult(status -> active[0] = pool.getHikariPoolMXBean().getActiveConnections());
        assertThat(active[0]).isZero();
    }

    @Test
    void aReadOnlyTransactionCannotWrite() {
        Integer readOnly = readOnly().execute(status -> jdbc.sql("SELECT @@session.transaction_read_only").query(Integer.class).single());
        assertThat(readOnly).isEqualTo(1);
        assertThatThrownBy(() -> readOnly().executeWithoutResult(status ->
                jdbc.sql("UPDATE area SET version = version WHERE id = -1").update()))
                .hasMessageContaining("READ ONLY");
        Integer writable = new TransactionTemplate(transactions).execute(status ->
                jdbc.sql("SELECT @@session.transaction_read_only").query(Integer.class).single());
        assertThat(writable).isZero();
    }

    @Test
    void aReadOnlyServiceCallJoinsATransactionOrReadsInAutoCommit() throws Exception {
        TransactionAttribute reading = interceptor.getTransactionAttributeSource()
                .getTransactionAttribute(AuditService.class.getMethod("count", AuditFilter.class), AuditService.class);
        assertThat(reading.isReadOnly()).isTrue();
        assertThat(reading.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_SUPPORTS);
        TransactionAttribute writing = interceptor.getTransactionAttributeSource()
                .getTransactionAttribute(AuditService.class.getMethod("recordFor", String.class, AuditAction.class, AuditedEntity.class,
                        Long.class, String.class), AuditService.class);
        assertThat(writing.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRED);
        assertThat(jdbc.sql("SELECT @@autocommit").query(Integer.class).single()).isEqualTo(1);
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }
}
