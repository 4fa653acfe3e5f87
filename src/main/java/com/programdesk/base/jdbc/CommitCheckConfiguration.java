package com.programdesk.base.jdbc;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The application's transaction manager ({@link CommitCheckingTransactionManager}) and the cleanup of its tokens. */
@Configuration(proxyBeanMethods = false)
class CommitCheckConfiguration {

    /** Replaces Spring Boot's JdbcTransactionManager, with the same customizers. */
    @Bean
    CommitCheckingTransactionManager transactionManager(DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
        CommitCheckingTransactionManager manager = new CommitCheckingTransactionManager(dataSource);
        customizers.ifAvailable(each -> each.customize(manager));
        return manager;
    }

    /** A token is needed only for the moment its COMMIT fails; a day's worth is kept. */
    @Component
    static class OldTokens {

        static final int BATCH = 10_000;
        private final JdbcClient jdbc;

        OldTokens(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Scheduled(initialDelayString = "${programdesk.commit-check.cleanup-delay:PT10M}", fixedDelayString = "${programdesk.commit-check.cleanup-every:PT1H}")
        @SchedulerLock(name = "commit-check-cleanup", lockAtMostFor = "PT10M")
        void delete() {
            // in batches: one Galera write set per statement, none of a day's size
            int deleted;
            do {
                deleted = jdbc.sql("DELETE FROM commit_check WHERE created_at < NOW() - INTERVAL 1 DAY LIMIT " + BATCH).update();
            } while (deleted == BATCH);
        }
    }
}
