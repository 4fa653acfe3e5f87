package com.programdesk.base.jdbc;

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
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Puts {@link RetryWriteConflicts} around every {@code @Transactional} method that writes (not
 * read-only), outside the transaction interceptor, so that a repetition is a new transaction.
 */
@Configuration(proxyBeanMethods = false)
class WriteRetryConfiguration {

    /** Before the transaction interceptor, which keeps Spring's default order (lowest precedence). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor writeConflictRetryAdvisor(@Value("${programdesk.write-retry.pause:PT0.05S}") Duration pause) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new WritingTransactions(new AnnotationTransactionAttributeSource()),
                new RetryWriteConflicts(pause));
        advisor.setOrder(ORDER);
        return advisor;
    }

    static final class WritingTransactions extends StaticMethodMatcherPointcut {

        private final TransactionAttributeSource annotated;

        WritingTransactions(TransactionAttributeSource annotated) {
            this.annotated = annotated;
            setClassFilter(annotated::isCandidateClass);
        }

        @Override
        public boolean matches(Method method, @Nullable Class<?> targetClass) {
            TransactionAttribute attribute = annotated.getTransactionAttribute(method, targetClass);
            return attribute != null && !attribute.isReadOnly();
        }
    }
}
