package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_PASSWORD;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_USERNAME;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.amqp.AmqpMessage;
import io.vertx.amqp.AmqpSender;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;

import javax.security.sasl.SaslException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The node's one AMQP 1.0 connection to the broker, with one anonymous sender: each message names its
 * queue's address. It is opened when the transport starts and opened again whenever it is lost, every
 * {@value #RECONNECT_MILLIS} ms until the broker answers, for as long as the node runs.
 *
 * <p>Every send is kept until the broker settles it. When the connection is lost, the sends it had not
 * settled go back to the front of the line and go again, first, over the next connection: the broker may
 * have taken some of them, and their second message is refused by the claim. Sends made meanwhile wait
 * in the line, in memory, and the caller never waits. An outage is logged once when it begins and once
 * when it ends, with counts; nothing is logged per message or per attempt ({@code docs/broker-outage.md}).
 *
 * <p>All its state but the line's entrance and the figures read by the health check and the metrics
 * belongs to one Vert.x event-loop context and is touched only there: no locks, and the connection's
 * callbacks need no care for other threads.
 */
final class BrokerLink {

    /** How long after a failed or lost connection the next attempt is made. */
    static final long RECONNECT_MILLIS = 500;
    /** Most sends waiting in memory (about 100 bytes each); beyond, tasks wait for the re-dispatch. */
    static final int LINE_LIMIT = 100_000;
    /** How often a connection's silence is looked at. */
    private static final long WATCH_MILLIS = 1_000;

    private final String broker;
    private final int maxInFlight;
    private final long stallNanos;
    private final Vertx vertx;
    private final Context context;
    private final AmqpClient client;

    /** Sends handed in by callers, any thread; moved to the line on the context. */
    private final Queue<Outgoing> handedIn = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicBoolean lineFullLogged = new AtomicBoolean();
    /**
     * The tasks of the sends not on the wire yet (handed in, or waiting in the line): a task whose message
     * waits already is not given a second one (the re-dispatch, or a stopped node's tasks sent again, would
     * otherwise double an outage's line).
     */
    private final Set<UUID> waitingTasks = ConcurrentHashMap.newKeySet();
    private volatile int inFlight;
    /** Since when ({@code nanoTime}) the broker has been unreachable, or 0 while it is reachable. */
    private volatile long downSince;
    private volatile String downBecause = "";
    /** How long the sends on the wire have had no answer from a connected broker, as of the last look. */
    private volatile long silentNanos;
    private volatile boolean closed;

    // Touched on the context only.
    /** Sends waiting to go on the wire, the oldest (and those sent again) first. */
    private final Deque<Outgoing> line = new ArrayDeque<>();
    /** Sends on the wire awaiting settlement, by number, in the order they were sent. */
    private final Map<Long, Outgoing> unsettled = new LinkedHashMap<>();
    private long sendNumbers;
    private AmqpConnection connection;
    private AmqpSender sender;
    private long lastSettledAt = System.nanoTime();
    /** How many sends of the lost connections of this outage went back to the line. */
    private int sentAgain;
    private long watch;

    private record Outgoing(String address, UUID taskId, int priority, long sentAt) {

        Outgoing sentNow() {
            return new Outgoing(address, taskId, priority, System.nanoTime());
        }
    }

    private BrokerLink(String host, int port, String username, String password, int maxInFlight,
                       Duration stallTimeout) {
        this.broker = host + ":" + port;
        this.maxInFlight = maxInFlight;
        this.stallNanos = stallTimeout.toNanos();
        // A small Vert.x of its own: one event loop, no file cache (it would write a directory).
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        this.context = vertx.getOrCreateContext();
        // The broker's heartbeats find a connection that died without closing its socket.
        this.client = AmqpClient.create(vertx, new AmqpClientOptions().setHost(host).setPort(port)
                .setUsername(username).setPassword(password).setConnectTimeout(1_000).setHeartbeat(5_000)
                .setContainerId("eetasks-" + UUID.randomUUID()));
    }

    /** Opens the link; sends may be handed in at once, and wait until it is open. */
    static BrokerLink open(String host, int port, String username, String password, int maxInFlight,
                           Duration stallTimeout) {
        BrokerLink link = new BrokerLink(host, port, username, password, maxInFlight, stallTimeout);
        link.context.runOnContext(ignored -> {
            link.watch = link.vertx.setPeriodic(WATCH_MILLIS, id -> link.watchSilence());
            link.connect();
        });
        return link;
    }

    /**
     * Hands a send in; it goes on the wire as soon as the link is open and fewer than the most sends
     * allowed are unsettled. False only when the link is closed or the line is full: the task then waits
     * for the re-dispatch.
     */
    boolean send(String address, UUID taskId, int priority) {
        if (closed) {
            return false;
        }
        if (waitingTasks.size() >= LINE_LIMIT) {
            if (lineFullLogged.compareAndSet(false, true)) {
                AmqpMessagingLog.LOG.outboxFull(LINE_LIMIT, taskId);
            }
            return false;
        }
        if (!waitingTasks.add(taskId)) {
            return true;
        }
        handedIn.add(new Outgoing(address, taskId, priority, 0));
        // Sends handed in while a flush is pending go with it: concurrent committers share one hop.
        if (flushScheduled.compareAndSet(false, true)) {
            context.runOnContext(ignored -> {
                flushScheduled.set(false);
                flush();
            });
        }
        return true;
    }

    int inFlight() {
        return inFlight;
    }

    int waiting() {
        return waitingTasks.size();
    }

    /** How long the broker has been unreachable; {@code ZERO} while it is reachable. */
    Duration unreachableFor() {
        long since = downSince;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /** Why the last attempt to reach the broker failed. */
    String unreachableBecause() {
        return downBecause;
    }

    /** How long a connected broker has left the sends on the wire unanswered (as of the last second's look). */
    Duration silentFor() {
        return Duration.ofNanos(silentNanos);
    }

    String broker() {
        return broker;
    }

    int maxInFlight() {
        return maxInFlight;
    }

    /** Closes the connection and stops; sends still waiting are left to the runtime's re-dispatch. */
    void close() {
        closed = true;
        context.runOnContext(ignored -> {
            vertx.cancelTimer(watch);
            if (connection != null) {
                connection.close(done -> vertx.close());
            } else {
                vertx.close();
            }
        });
    }

    private void connect() {
        if (closed) {
            return;
        }
        client.connect(connected -> {
            if (connected.failed()) {
                unreachable(connected.cause() instanceof SaslException
                        ? "it refused the user name or the password: check " + AMQP_USERNAME.key() + " and "
                        + AMQP_PASSWORD.key()
                        : describe(connected.cause()));
                return;
            }
            AmqpConnection opened = connected.result();
            if (closed) {
                opened.close(done -> {
                });
                return;
            }
            opened.exceptionHandler(failure -> lost(opened, describe(failure)));
            opened.createAnonymousSender(created -> senderCreated(opened, created));
        });
    }

    private void senderCreated(AmqpConnection opened, AsyncResult<AmqpSender> created) {
        if (created.failed()) {
            opened.close(done -> {
            });
            unreachable("no sender: " + describe(created.cause()));
            return;
        }
        connection = opened;
        sender = created.result();
        sender.exceptionHandler(failure -> lost(opened, "the sender was closed: " + describe(failure)));
        sender.drainHandler(credit -> flush());
        lastSettledAt = System.nanoTime();
        if (downSince != 0) {
            AmqpMessagingLog.LOG.outageEnds(broker, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - downSince),
                    sentAgain, Math.max(0, waiting() - sentAgain));
            downSince = 0;
            sentAgain = 0;
            lineFullLogged.set(false);
        }
        flush();
    }

    /** An attempt failed: the outage begins (logged once) or goes on, and the next attempt is planned. */
    private void unreachable(String because) {
        downBecause = because;
        if (downSince == 0) {
            downSince = System.nanoTime();
            AmqpMessagingLog.LOG.outageBegins(broker, because, sentAgain, Math.max(0, waiting() - sentAgain));
        }
        if (!closed) {
            vertx.setTimer(RECONNECT_MILLIS, id -> connect());
        }
    }

    /** The connection is gone: what it had not settled goes to the front of the line, in order. */
    private void lost(AmqpConnection lostConnection, String because) {
        if (lostConnection != connection) {
            return;
        }
        connection = null;
        sender = null;
        List<Outgoing> notSettled = List.copyOf(unsettled.values());
        unsettled.clear();
        inFlight = 0;
        silentNanos = 0;
        for (int i = notSettled.size() - 1; i >= 0; i--) {
            Outgoing again = notSettled.get(i);
            if (waitingTasks.add(again.taskId())) {
                line.addFirst(again);
                sentAgain++;
            }
        }
        lostConnection.close(done -> {
        });
        unreachable(because);
    }

    /** Puts waiting sends on the wire while the link is open, the broker gives credit and the bound allows. */
    private void flush() {
        if (sender == null) {
            return;
        }
        for (Outgoing next = handedIn.poll(); next != null; next = handedIn.poll()) {
            line.addLast(next);
        }
        while (unsettled.size() < maxInFlight && !sender.writeQueueFull() && !line.isEmpty()) {
            Outgoing next = line.pollFirst();
            waitingTasks.remove(next.taskId());
            if (!emit(next)) {
                return;
            }
        }
    }

    private boolean emit(Outgoing outgoing) {
        long number = ++sendNumbers;
        AmqpConnection on = connection;
        Outgoing sent = outgoing.sentNow();
        unsettled.put(number, sent);
        inFlight = unsettled.size();
        AmqpMessage message = AmqpMessage.create().address(outgoing.address()).durable(true)
                .priority((short) outgoing.priority()).withBody(outgoing.taskId().toString()).build();
        try {
            sender.sendWithAck(message, settled -> settled(on, number, settled));
            return true;
        } catch (RuntimeException closedMeanwhile) {
            // The sender closed before its close was reported: the connection is as good as lost.
            lost(on, describe(closedMeanwhile));
            return false;
        }
    }

    private void settled(AmqpConnection on, long number, AsyncResult<Void> settled) {
        if (on != connection) {
            return;
        }
        Outgoing sent = unsettled.remove(number);
        if (sent == null) {
            return;
        }
        inFlight = unsettled.size();
        lastSettledAt = System.nanoTime();
        silentNanos = 0;
        if (settled.failed()) {
            // Refused (not lost): sending it at once again would be refused again.
            AmqpMessagingLog.LOG.sendRefused(sent.taskId(), describe(settled.cause()));
        }
        flush();
    }

    /**
     * A broker that keeps the connection but settles nothing for {@code tasks.amqp.stall-timeout} is given
     * up as lost: the connection is opened again and its sends go again.
     */
    private void watchSilence() {
        if (connection == null || unsettled.isEmpty()) {
            silentNanos = 0;
            return;
        }
        Iterator<Outgoing> oldest = unsettled.values().iterator();
        long since = Math.max(lastSettledAt, oldest.next().sentAt());
        silentNanos = System.nanoTime() - since;
        if (silentNanos > stallNanos) {
            lost(connection, "nothing was acknowledged for " + Duration.ofNanos(stallNanos).toSeconds() + " s");
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
