package com.programdesk.base.jdbc;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DelegatingTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A service method marked {@code @Transactional(readOnly = true)} reads in auto-commit mode when no
 * transaction is running (it still joins one that is, e.g. a save that reads back). A read-only
 * transaction gave the reads of one call a common snapshot, which no screen here needs, and cost
 * MariaDB four round trips besides its queries ({@code set autocommit=0}, {@code COMMIT},
 * {@code set autocommit=1}; docs/benchmarks.md, "Connections"). Writes keep their transactions.
 */
@Component
class ReadsInAutoCommit implements SmartInitializingSingleton {

    private final TransactionInterceptor interceptor;

    ReadsInAutoCommit(TransactionInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TransactionAttributeSource annotated = interceptor.getTransactionAttributeSource();
        if (annotated != null && !(annotated instanceof ReadsJoinOrAutoCommit)) {
            interceptor.setTransactionAttributeSource(new ReadsJoinOrAutoCommit(annotated));
        }
    }

    /** REQUIRED read-only attributes become SUPPORTS: join a running transaction, else none. */
    static final class ReadsJoinOrAutoCommit implements TransactionAttributeSource {

        private final TransactionAttributeSource annotated;
        private final Map<TransactionAttribute, TransactionAttribute> supporting = new ConcurrentHashMap<>();

        ReadsJoinOrAutoCommit(TransactionAttributeSource annotated) {
            this.annotated = annotated;
        }

        @Override
        public boolean isCandidateClass(Class<?> targetClass) {
            return annotated.isCandidateClass(targetClass);
        }

        @Override
        public boolean hasTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
            return annotated.hasTransactionAttribute(method, targetClass);
        }

        @Override
        public @Nullable TransactionAttribute getTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
            TransactionAttribute attribute = annotated.getTransactionAttribute(method, targetClass);
            if (attribute == null || !attribute.isReadOnly() || attribute.getPropagationBehavior() != TransactionDefinition.PROPAGATION_REQUIRED) {
                return attribute;
            }
            return supporting.computeIfAbsent(attribute, Supporting::new);
        }
    }

    private static final class Supporting extends DelegatingTransactionAttribute {

        Supporting(TransactionAttribute readOnly) {
            super(readOnly);
        }

        @Override
        public int getPropagationBehavior() {
            return TransactionDefinition.PROPAGATION_SUPPORTS;
        }
    }
}
