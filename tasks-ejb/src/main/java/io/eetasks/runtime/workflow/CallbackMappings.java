package io.eetasks.runtime.workflow;

import io.eetasks.CallbackCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The callbacks registered for task names. Every task that finishes needs them, so they are kept in
 * memory and read again from the database at most every {@link #REFRESH}: a mapping registered on
 * another node applies here within that time, one registered here at once.
 */
@ApplicationScoped
public class CallbackMappings {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    private volatile Map<String, List<Map.Entry<CallbackCondition, String>>> bySource;
    private volatile Instant readAt = Instant.MIN;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(String application, String source, CallbackCondition condition, String callback) {
        if (entityManager.find(CallbackMapping.class, CallbackMapping.idOf(application, source, condition, callback)) == null) {
            entityManager.persist(CallbackMapping.of(application, source, condition, callback));
        }
        readAt = Instant.MIN;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean unregister(String application, String source, CallbackCondition condition, String callback) {
        CallbackMapping mapping = entityManager.find(CallbackMapping.class,
                CallbackMapping.idOf(application, source, condition, callback));
        if (mapping != null) {
            entityManager.remove(mapping);
        }
        readAt = Instant.MIN;
        return mapping != null;
    }

    /** The callbacks registered for tasks named {@code source} of {@code application}. */
    public List<Map.Entry<CallbackCondition, String>> of(String application, String source) {
        if (readAt.plus(REFRESH).isBefore(Instant.now())) {
            bySource = entityManager.createQuery("select m from CallbackMapping m", CallbackMapping.class)
                    .getResultStream()
                    .collect(Collectors.groupingBy(CallbackMapping::source,
                            Collectors.mapping(CallbackMapping::callback, Collectors.toList())));
            readAt = Instant.now();
        }
        return bySource.getOrDefault(application + "|" + source, List.of());
    }
}
