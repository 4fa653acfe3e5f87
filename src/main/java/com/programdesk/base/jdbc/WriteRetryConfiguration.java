package com.programdesk.base.jdbc;

import com.programdesk.base.service.ApplicationClasses;
import java.lang.reflect.Method;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Puts {@link RetryWriteConflicts} around every {@code @Transactional} method, outside the
 * transaction interceptor, so that a repetition is a new transaction. Reads are repeated too: a
 * read that met a Galera node going away (a rolling restart) is run again on the node the driver
 * moved to, instead of telling the user the database is unavailable.
 */
@Configuration(proxyBeanMethods = false)
class WriteRetryConfiguration {

    /** Before the transaction interceptor, which keeps Spring's default order (lowest precedence). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor writeConflictRetryAdvisor(@Value("${programdesk.write-retry.pause:PT0.05S}") Duration pause,
            TransactionAttributeSource annotated) {
        // Spring's own source, the one its transaction advisor asks: the retry wraps exactly the methods Spring runs in
        // a transaction (a copy of its own saw public methods only) and each method is analysed once, not twice
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new Transactions(annotated), new RetryWriteConflicts(pause, annotated));
        advisor.setOrder(ORDER);
        return advisor;
    }

    static final class Transactions extends StaticMethodMatcherPointcut {

        private final TransactionAttributeSource annotated;

        Transactions(TransactionAttributeSource annotated) {
            this.annotated = annotated;
            setClassFilter(type -> ApplicationClasses.FILTER.matches(type) && annotated.isCandidateClass(type));
        }

        @Override
        public boolean matches(Method method, @Nullable Class<?> targetClass) {
            TransactionAttribute attribute = annotated.getTransactionAttribute(method, targetClass);
            return attribute != null;
        }
    }
}
