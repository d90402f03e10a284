package io.eetasks.runtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Reads the database's clock in a transaction of its own: {@code current_timestamp} is the time its
 * transaction began (PostgreSQL), so read inside a caller's long transaction it would be that old.
 */
@ApplicationScoped
public class DatabaseTimeReading {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant now() {
        return DatabaseTimes.toInstant(entityManager.createNativeQuery("select current_timestamp").getSingleResult());
    }
}
