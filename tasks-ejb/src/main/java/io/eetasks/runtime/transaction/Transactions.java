package io.eetasks.runtime.transaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work once the current transaction has committed, and never if it rolls back. */
@ApplicationScoped
public class Transactions {

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * The current transaction's value for {@code key}, made by {@code create} at the first call in the
     * transaction; once it commits, {@code afterCommit} gets it. One synchronization per transaction
     * and key, however many calls.
     */
    public <T> T perTransaction(Object key, Supplier<T> create, Consumer<T> afterCommit) {
        @SuppressWarnings("unchecked")
        T value = (T) registry.getResource(key);
        if (value == null) {
            T made = create.get();
            registry.putResource(key, made);
            afterCommit(() -> afterCommit.accept(made));
            value = made;
        }
        return value;
    }

    public void afterCommit(Runnable work) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
