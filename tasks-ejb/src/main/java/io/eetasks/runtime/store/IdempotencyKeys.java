package io.eetasks.runtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes submissions that carry one idempotency key (per application and task name) one task. The key
 * has a row of its own, which each submitter locks in its transaction before it looks for the task:
 * a second submitter, on any node, waits until the first commits (and then finds its task) or rolls
 * back (and then makes the task itself). The unique index on the task's key backs this up.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    IdempotencyKeyRows keyRows;

    /**
     * The task submitted earlier with this key, if there is one; else what {@code submission} makes,
     * with the key held until the transaction (the caller's, or one for this call) ends.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID once(String application, String name, String key, Supplier<UUID> submission) {
        UUID earlier = earlierTask(application, name, key);
        return earlier != null ? earlier : submission.get();
    }

    private UUID earlierTask(String application, String name, String key) {
        try {
            keyRows.ensure(application, name, key);
        } catch (RuntimeException e) {
            // A concurrent submitter made the row first; locking it below waits for that one.
        }
        entityManager.createNativeQuery("select application from eet_task_key where application = ? and name = ?"
                        + " and idempotency_key = ? for update")
                .setParameter(1, application).setParameter(2, name).setParameter(3, key)
                .getResultList();
        List<?> found = entityManager.createNativeQuery("select id from eet_task where application = ? and name = ?"
                        + " and idempotency_key = ?", UUID.class)
                .setParameter(1, application).setParameter(2, name).setParameter(3, key)
                .getResultList();
        return found.isEmpty() ? null : (UUID) found.get(0);
    }
}
