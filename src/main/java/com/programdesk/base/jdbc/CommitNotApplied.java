package com.programdesk.base.jdbc;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A COMMIT failed with its database node and the transaction is known not to have committed
 * ({@link CommitCheckingTransactionManager}): safe to run again on another node.
 */
public final class CommitNotApplied extends TransientDataAccessResourceException {

    CommitNotApplied(Throwable failure) {
        super("The COMMIT failed with its database node and nothing was committed", failure);
    }
}
