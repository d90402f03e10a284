package io.eetasks.runtime.execution;

import io.eetasks.AttemptTimedOutException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Enforces a task's timeout through its attempt's JTA transaction: the transaction manager rolls
 * back a transaction that outlives it, so the attempt's work is undone and its result never
 * recorded. A failure that came after the limit is reported as the timeout it is.
 */
@ApplicationScoped
public class TimeLimits {

    @Resource(lookup = "java:/TransactionManager")
    TransactionManager transactionManager;

    /** Runs the attempt with its transaction limited to {@code timeout} (whole seconds, rounded up). */
    public <T> T run(Optional<Duration> timeout, Callable<T> attempt) throws Exception {
        if (timeout.isEmpty()) {
            return attempt.call();
        }
        setTimeout((int) Math.max(1, (timeout.get().toMillis() + 999) / 1000));
        try {
            return attempt.call();
        } finally {
            setTimeout(0);
        }
    }

    /** The failure to record: a {@link AttemptTimedOutException} if the attempt ran past its limit. */
    public Throwable explain(Optional<Duration> timeout, long startedNanos, Throwable failure) {
        Duration ran = Duration.ofNanos(System.nanoTime() - startedNanos);
        if (timeout.isPresent() && ran.compareTo(timeout.get()) >= 0) {
            return new AttemptTimedOutException(timeout.get(), ran, failure);
        }
        return failure;
    }

    private void setTimeout(int seconds) {
        try {
            transactionManager.setTransactionTimeout(seconds);
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot set the transaction timeout of a task attempt", e);
        }
    }
}
