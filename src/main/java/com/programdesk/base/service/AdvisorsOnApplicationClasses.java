package com.programdesk.base.service;

import java.util.List;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.ClassFilters;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

/**
 * Narrows the libraries' advisors whose annotations only this application's classes carry to those classes: Spring's
 * for {@code @Transactional}, Spring Security's for {@code @PreAuthorize} (and its unused {@code @AuthorizeReturnObject},
 * registered twice) and ShedLock's for {@code @SchedulerLock}. Each advisor is matched at start against every method of
 * every bean, about 800 of them, most of them Spring's and Vaadin's; turned away by their class first, their methods are
 * not read (docs/benchmarks.md, "Twenty-first round"). Priority-ordered so that it is in place before the advisors are
 * made.
 */
@Component
class AdvisorsOnApplicationClasses implements BeanPostProcessor, PriorityOrdered {

    /** Whose annotation-matching advisors are narrowed; their pointcuts are composable, and changed in place. */
    private static final List<String> ANNOTATION_ADVISOR_PACKAGES = List.of(
            "org.springframework.security.", "net.javacrumbs.shedlock.");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof BeanFactoryTransactionAttributeSourceAdvisor transactions) {
            transactions.setClassFilter(ClassFilters.intersection(ApplicationClasses.FILTER, transactions.getPointcut().getClassFilter()));
        } else if (bean instanceof PointcutAdvisor advisor && advisor.getPointcut() instanceof ComposablePointcut pointcut
                && ANNOTATION_ADVISOR_PACKAGES.stream().anyMatch(bean.getClass().getName()::startsWith)) {
            pointcut.intersection(ApplicationClasses.FILTER);
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
