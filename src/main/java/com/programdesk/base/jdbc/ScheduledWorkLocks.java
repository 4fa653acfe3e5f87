package com.programdesk.base.jdbc;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work, and a lock so that a job marked {@code @SchedulerLock} runs on one app node at a
 * time: ShedLock's row per job in the table {@code shedlock}, with the database's clock, so that
 * the nodes' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledWorkLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProviderOn(dataSource);
    }

    /** One node's lock provider; a test makes two to play two nodes. */
    public static LockProvider lockProviderOn(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
