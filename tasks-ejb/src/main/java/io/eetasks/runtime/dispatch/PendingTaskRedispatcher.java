package io.eetasks.runtime.dispatch;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.store.PendingTask;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Sends again the messages of PENDING tasks: those whose message was lost (the node died between
 * commit and send, or the broker was down), and those that waited for their application, when it
 * deploys. Tasks a consumer found waiting for their application are left alone until then, and a task
 * sent again waits its turn behind the others (docs/redispatch.md). A duplicate message is harmless:
 * only one consumer can claim a task.
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

    @Inject
    TasksToSendAgain toSendAgain;

    @Inject
    TaskMetrics metrics;

    /** When a round last found the broker unreachable; {@code null} if none did. */
    private volatile Instant unreachableAt;

    /**
     * Re-sends tasks whose message has counted as sent, while they stayed PENDING, for longer than the
     * configured time. Not while the broker is unreachable, nor for that time after: the messages this
     * node could not send wait in memory and go first when it is back, so a round would only add a second
     * message for each of the tasks that waited.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void redispatchOverdue() {
        Instant now = Instant.now();
        if (!dispatcher.reachable()) {
            unreachableAt = now;
            return;
        }
        Instant lastUnreachable = unreachableAt;
        if (lastUnreachable != null && lastUnreachable.plus(config.redispatchAfter()).isAfter(now)) {
            return;
        }
        List<QueuedTask> overdue = toSendAgain.overdue(now, config.redispatchAfter(),
                config.redispatchBatchSize());
        if (!overdue.isEmpty()) {
            LOG.debugf("Sending %d overdue pending task(s) again", overdue.size());
            overdue.forEach(dispatcher::dispatch);
            metrics.redispatched(overdue.size());
        }
    }

    /**
     * Sends every PENDING task again (but those waiting for their application), a page at a time: when
     * a node stops, the messages in its broker cannot be told apart from the others. Returns how many
     * were sent.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int redispatchAllPending() {
        Instant cutoff = Instant.now();
        return sendPages(after -> store.pendingAfter(after, cutoff, config.redispatchBatchSize()));
    }

    /** Sends the waiting tasks of an application that has just been deployed, a page at a time. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void redispatchWaitingFor(String application) {
        int sent = sendPages(after -> toSendAgain.waitingFor(application, after, config.redispatchBatchSize()));
        if (sent > 0) {
            DispatchLog.LOG.waitingTasksSent(application, sent);
        }
    }

    /** Sends each page that {@code nextPage} gives after the last task of the one before, until one is short. */
    private int sendPages(Function<PendingTask, List<PendingTask>> nextPage) {
        PendingTask last = PendingTask.FIRST;
        int sent = 0;
        List<PendingTask> page;
        do {
            page = nextPage.apply(last);
            for (PendingTask task : page) {
                dispatcher.dispatch(task.queued());
                last = task;
            }
            sent += page.size();
            metrics.redispatched(page.size());
        } while (page.size() == config.redispatchBatchSize());
        return sent;
    }
}
