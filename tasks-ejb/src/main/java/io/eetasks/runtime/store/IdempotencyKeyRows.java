package io.eetasks.runtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.UUID;

/** The rows of idempotency keys in use, each made in a transaction of its own so that every submitter can lock it. */
@ApplicationScoped
public class IdempotencyKeyRows {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    /** Makes the key's row unless it exists; a concurrent submitter's insert of the same row fails this one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String application, String name, String key) {
        entityManager.createNativeQuery("insert into eet_task_key (application, name, idempotency_key)"
                        + " select ?, ?, ? where not exists (select 1 from eet_task_key where application = ?"
                        + " and name = ? and idempotency_key = ?)")
                .setParameter(1, application).setParameter(2, name).setParameter(3, key)
                .setParameter(4, application).setParameter(5, name).setParameter(6, key)
                .executeUpdate();
    }

    /** Forgets the keys of these tasks, which are being deleted. */
    public void deleteOf(Collection<UUID> taskIds) {
        entityManager.createNativeQuery("delete from eet_task_key k where exists (select 1 from eet_task t"
                        + " where t.id in (:ids) and t.application = k.application and t.name = k.name"
                        + " and t.idempotency_key = k.idempotency_key)")
                .setParameter("ids", taskIds)
                .executeUpdate();
    }
}
