package io.eetasks.runtime.messaging;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.PendingTask;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Sends again the messages of PENDING tasks: those whose message was lost (the node died between
 * commit and send, or the broker was down), and those that waited for their application. A
 * duplicate message is harmless: only one consumer can claim a task.
 */
@ApplicationScoped
public class PendingTaskRedispatcher {

    private static final Logger LOG = Logger.getLogger(PendingTaskRedispatcher.class);

    @Inject
    TaskStore store;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    TasksConfig config;

    /** Re-sends tasks that have been PENDING for longer than the configured time. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void redispatchOverdue() {
        List<QueuedTask> overdue = store.pendingSince(Instant.now().minus(config.redispatchAfter()),
                config.redispatchBatchSize());
        if (!overdue.isEmpty()) {
            LOG.debugf("Sending %d overdue pending task(s) again", overdue.size());
            overdue.forEach(dispatcher::dispatch);
        }
    }

    /**
     * Sends every PENDING task again, a page at a time: when a node stops, the messages in its broker
     * cannot be told apart from the others. Returns how many were sent.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int redispatchAllPending() {
        Instant cutoff = Instant.now();
        PendingTask last = PendingTask.FIRST;
        int sent = 0;
        List<PendingTask> page;
        do {
            page = store.pendingAfter(last, cutoff, config.redispatchBatchSize());
            for (PendingTask task : page) {
                dispatcher.dispatch(new QueuedTask(task.id(), task.queue()));
                last = task;
            }
            sent += page.size();
        } while (page.size() == config.redispatchBatchSize());
        return sent;
    }

    /** Sends the waiting tasks of an application that has just been deployed. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void redispatchWaitingFor(String application) {
        List<QueuedTask> waiting = store.pendingOf(application, config.redispatchBatchSize());
        if (!waiting.isEmpty()) {
            LOG.infof("EETASKS0204: Application %s is deployed; sending its %d pending task(s)", application,
                    waiting.size());
            waiting.forEach(dispatcher::dispatch);
        }
    }
}
