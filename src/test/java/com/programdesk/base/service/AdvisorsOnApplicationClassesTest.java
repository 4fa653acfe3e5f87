package com.programdesk.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.audit.service.AuditService;
import com.programdesk.testsupport.ProgramDeskTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

/**
 * The advisors of transactions, method security and the scheduled jobs' locks look at the application's classes only:
 * a library's bean is turned away by its class at start, while the services keep their transactions, access checks and
 * locks.
 */
@ProgramDeskTest
class AdvisorsOnApplicationClassesTest {

    @Autowired
    List<Advisor> advisors;
    @Autowired
    ApplicationContext context;

    @Test
    void everyAdvisorTurnsALibrarysBeanAwayByItsClass() {
        assertThat(advisors).hasSizeGreaterThanOrEqualTo(5);
        for (Advisor advisor : advisors) {
            assertThat(((PointcutAdvisor) advisor).getPointcut().getClassFilter().matches(JdbcTemplate.class))
                    .as("%s", advisor).isFalse();
        }
    }

    @Test
    void theServicesKeepTheirTransactionsAccessChecksAndLocks() {
        assertThat(AopUtils.canApply(advisor(BeanFactoryTransactionAttributeSourceAdvisor.class), AuditService.class)).isTrue();
        assertThat(AopUtils.canApply(advisor(AuthorizationManagerBeforeMethodInterceptor.class), AuditService.class)).isTrue();
        Advisor schedulerLock = advisors.stream()
                .filter(each -> each.getClass().getName().startsWith("net.javacrumbs.shedlock.")).findFirst().orElseThrow();
        assertThat(AopUtils.canApply(schedulerLock, AopUtils.getTargetClass(context.getBean("reminderJob")))).isTrue();
    }

    private Advisor advisor(Class<? extends Advisor> type) {
        return advisors.stream().filter(type::isInstance).findFirst().orElseThrow();
    }
}
