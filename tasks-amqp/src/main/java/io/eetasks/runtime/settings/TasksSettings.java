package io.eetasks.runtime.settings;

import static io.eetasks.runtime.settings.Bound.any;
import static io.eetasks.runtime.settings.Bound.atLeast;
import static io.eetasks.runtime.settings.Bound.between;
import static io.eetasks.runtime.settings.Bound.longerThanZero;
import static io.eetasks.runtime.settings.Bound.port;
import static io.eetasks.runtime.settings.Bound.zeroOrLonger;
import static io.eetasks.runtime.settings.SettingType.BOOLEAN;
import static io.eetasks.runtime.settings.SettingType.DECIMAL;
import static io.eetasks.runtime.settings.SettingType.DURATION;
import static io.eetasks.runtime.settings.SettingType.INTEGER;
import static io.eetasks.runtime.settings.SettingType.LIST;
import static io.eetasks.runtime.settings.SettingType.LONG;
import static io.eetasks.runtime.settings.SettingType.TEXT;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every configuration key of EE Tasks, declared once (docs/configuration.md): the configuration table of
 * docs/guide/configuration.md is checked against this list, and the runtime checks every value against
 * it when it starts. It lives in tasks-amqp, the EAR's library, because every jar of the EAR reads keys
 * and only the library is seen by all of them.
 */
public final class TasksSettings {

    public static final Setting<Boolean> EXECUTE_NOW = Setting.of("tasks.execute-now", BOOLEAN, "false", any(),
            "Run every task at once in its caller's thread");
    public static final Setting<String> NODE = Setting.derived("tasks.node", TEXT, "jboss.node.name", any(),
            "The node name recorded on the tasks this server runs");

    // Queues and consumers
    public static final Setting<Integer> CONSUMERS = Setting.of("tasks.consumers", INTEGER, "16", atLeast(1),
            "Consumers of each queue this node serves, unless the queue has its own setting");
    public static final Setting<Integer> QUEUE_CONSUMERS = Setting.derived("tasks.queues.<name>.consumers", INTEGER,
            "tasks.consumers", atLeast(1), "Consumers of the queue <name> on this node");
    public static final Setting<List<String>> NODE_QUEUES = Setting.of("tasks.node.queues", LIST, "*", any(),
            "The queues this node consumes from: a list, * for all, none for none");
    public static final Setting<Integer> CONSUMER_BATCH_SIZE = Setting.of("tasks.consumer.batch-size", INTEGER, "10",
            atLeast(1), "Waiting tasks a consumer claims in one transaction");
    public static final Setting<String> CONSUMER_CONNECTION_FACTORY = Setting.of("tasks.consumer.connection-factory",
            TEXT, "java:/eetasks/ConsumerConnectionFactory", any(),
            "The JMS connection factory the consumers connect through");

    // Retries of tasks that declare no policy (the bounds are RetryPolicy's)
    public static final Setting<Integer> RETRY_MAX_ATTEMPTS = Setting.of("tasks.retry.max-attempts", INTEGER, "3",
            atLeast(1), "Attempts in all");
    public static final Setting<Duration> RETRY_INITIAL_DELAY = Setting.of("tasks.retry.initial-delay", DURATION,
            "PT1S", zeroOrLonger(), "Delay before the first retry");
    public static final Setting<Double> RETRY_MULTIPLIER = Setting.of("tasks.retry.multiplier", DECIMAL, "2",
            atLeast(1), "Growth of each further delay");
    public static final Setting<Duration> RETRY_MAX_DELAY = Setting.of("tasks.retry.max-delay", DURATION, "PT1H",
            zeroOrLonger(), "Longest delay between attempts");
    public static final Setting<Double> RETRY_JITTER = Setting.of("tasks.retry.jitter", DECIMAL, "0.1",
            between(0, 1), "Random spread of each delay, as a fraction of it");

    // Due tasks and schedules
    public static final Setting<Long> SCHEDULE_POLL_MILLIS = Setting.of("tasks.schedule.poll-millis", LONG, "500",
            atLeast(1), "How often the leader looks for due tasks, retries and schedules");
    public static final Setting<Duration> SCHEDULE_MISFIRE_GRACE = Setting.of("tasks.schedule.misfire-grace",
            DURATION, "PT1M", zeroOrLonger(), "How late a fire time may be and still run under Misfire.SKIP");
    public static final Setting<Integer> SCHEDULE_BATCH_SIZE = Setting.of("tasks.schedule.batch-size", INTEGER,
            "1000", atLeast(1), "Most due tasks one look releases");

    // Health and metrics
    public static final Setting<Duration> HEALTH_TIMER_LATE_AFTER = Setting.of("tasks.health.timer-late-after",
            DURATION, "PT1M", longerThanZero(), "How long the due-task timer may not tick before the node is not ready");
    public static final Setting<Duration> HEALTH_CONSUMER_STUCK_AFTER = Setting.of(
            "tasks.health.consumer-stuck-after", DURATION, "PT1H", longerThanZero(),
            "How long every consumer of a queue may be in one delivery before the node is not live");
    public static final Setting<Duration> METRICS_REFRESH = Setting.of("tasks.metrics.refresh", DURATION, "PT15S",
            longerThanZero(), "How often the backlog and dead-letter gauges are read");

    // Attempts
    public static final Setting<Duration> LEASE_DURATION = Setting.of("tasks.lease.duration", DURATION, "PT60S",
            longerThanZero(), "How long a running attempt's lease lasts");
    public static final Setting<Duration> RESULT_WAIT = Setting.of("tasks.result-wait", DURATION, "PT5M",
            longerThanZero(), "How long an attempt without a timeout waits for the CompletionStage its method returned");

    // Purge of finished tasks
    public static final Setting<Duration> CLEANUP_RETENTION = Setting.of("tasks.cleanup.retention", DURATION, "P90D",
            zeroOrLonger(), "How long FAILED and CANCELLED tasks are kept after they finished");
    public static final Setting<Duration> CLEANUP_SUCCESS_RETENTION = Setting.derived(
            "tasks.cleanup.success-retention", DURATION, "the retention", zeroOrLonger(),
            "How long COMPLETED tasks are kept after they finished");
    public static final Setting<Duration> CLEANUP_INTERVAL = Setting.of("tasks.cleanup.interval", DURATION, "PT1H",
            longerThanZero(), "How often the purge runs");
    public static final Setting<Integer> CLEANUP_BATCH_SIZE = Setting.of("tasks.cleanup.batch-size", INTEGER, "1000",
            atLeast(1), "Most tasks deleted in one transaction");

    // Sending tasks
    public static final Setting<Integer> DISPATCH_MAX_IN_FLIGHT = Setting.of("tasks.dispatch.max-in-flight", INTEGER,
            "200", atLeast(1), "Messages sent but not yet acknowledged by the broker");
    public static final Setting<Duration> AMQP_STALL_TIMEOUT = Setting.of("tasks.amqp.stall-timeout", DURATION,
            "PT30S", longerThanZero(), "How long a connected broker may acknowledge nothing before the connection is"
            + " opened again");
    public static final Setting<Long> REDISPATCH_AFTER_SECONDS = Setting.of("tasks.redispatch.after-seconds", LONG,
            "30", atLeast(1), "How long a task may stay PENDING before its message is sent again");
    public static final Setting<Long> REDISPATCH_INTERVAL_SECONDS = Setting.of("tasks.redispatch.interval-seconds",
            LONG, "10", atLeast(1), "How often PENDING tasks are checked for a lost message");
    public static final Setting<Integer> REDISPATCH_BATCH_SIZE = Setting.of("tasks.redispatch.batch-size", INTEGER,
            "500", atLeast(1), "Most messages sent again per check");

    // The cluster
    public static final Setting<Long> AWAIT_NOTICE_MILLIS = Setting.of("tasks.await.notice-millis", LONG, "10",
            atLeast(1), "How often a node announces the tasks it finished");
    public static final Setting<Long> AWAIT_CLUSTER_CHECK_MILLIS = Setting.of("tasks.await.cluster-check-millis", LONG,
            "5000", atLeast(1), "How often waiters check the database for tasks finished without a notice");
    public static final Setting<Duration> NODE_HEARTBEAT = Setting.of("tasks.node.heartbeat", DURATION, "PT5S",
            longerThanZero(), "How often a node records that it runs and tries to take or renew the leader's lease");
    public static final Setting<Duration> NODE_DEAD_AFTER = Setting.of("tasks.node.dead-after", DURATION, "PT15S",
            longerThanZero(), "How long a node may go unseen before the leader hands its work to the others");
    public static final Setting<Duration> LEADER_LEASE = Setting.of("tasks.leader.lease", DURATION, "PT15S",
            longerThanZero(), "How long the lease of the node that does the cluster's periodic duties lasts");
    public static final Setting<String> JMS_CONNECTION_FACTORY = Setting.of("tasks.jms.connection-factory", TEXT,
            "java:/JmsXA", any(), "The JMS connection factory finished tasks are announced through");
    public static final Setting<String> JMS_COMPLETIONS_TOPIC = Setting.of("tasks.jms.completions-topic", TEXT,
            "java:/jms/topic/eetasks.completions", any(), "The topic finished tasks are announced on");

    // The console (PT0S recounts on every refresh)
    public static final Setting<Duration> CONSOLE_TOTALS_REFRESH = Setting.of("tasks.console.totals-refresh",
            DURATION, "PT1M", zeroOrLonger(), "How often the console's overview recounts the totals");

    // The broker
    public static final Setting<Integer> AMQP_PORT = Setting.of("tasks.amqp.port", INTEGER, "5673", port(),
            "Port of the embedded broker's AMQP acceptor").fromSystemProperty();
    public static final Setting<String> AMQP_USERNAME = Setting.of("tasks.amqp.username", TEXT, "tasks", any(),
            "Broker user");
    /** Set by the eetasks Galleon layer: the runtime makes the embedded broker's user (docs/broker-access.md). */
    public static final Setting<Boolean> AMQP_GENERATE_USER = Setting.of("tasks.amqp.generate-user", BOOLEAN, "false",
            any(), "Whether the runtime makes the embedded broker's user when no broker password is configured");
    /** No default: broker-user.sh or the runtime (AMQP_GENERATE_USER) generates the embedded broker's. */
    public static final Setting<String> AMQP_PASSWORD = Setting.derived("tasks.amqp.password", TEXT, "generated",
            any(), "Broker password");
    public static final Setting<String> AMQP_BIND_ADDRESS = Setting.of("tasks.amqp.bind-address", TEXT, "127.0.0.1",
            any(), "Interface of the embedded broker's AMQP acceptor").fromSystemProperty();
    public static final Setting<String> AMQP_ADDRESS = Setting.of("tasks.amqp.address", TEXT, "jms.queue.eetasks",
            any(), "Address tasks of the default queue are sent to");
    /** Defaults to this node's own AMQP acceptor (LocalBrokerAddress, a config source). */
    public static final Setting<String> BROKER_HOST = Setting.derived("tasks.broker.host", TEXT,
            "this node's AMQP acceptor", any(), "Host the sender connects to");
    public static final Setting<Integer> BROKER_PORT = Setting.derived("tasks.broker.port", INTEGER,
            "this node's AMQP acceptor", port(), "Port the sender connects to");
    /** Read by jboss-ejb3.xml's property replacement. */
    public static final Setting<String> RESOURCE_ADAPTER = Setting.of("tasks.resource-adapter", TEXT,
            "activemq-ra.rar", any(), "The resource adapter the completion listener reads through")
            .fromSystemProperty();

    // The PostgreSQL datasource (03-datasource-postgresql.cli)
    public static final Setting<String> DB_HOST = Setting.of("tasks.db.host", TEXT, "127.0.0.1", any(),
            "Host of the PostgreSQL server").fromSystemProperty();
    public static final Setting<Integer> DB_PORT = Setting.of("tasks.db.port", INTEGER, "5432", port(),
            "Port of the PostgreSQL server").fromSystemProperty();
    public static final Setting<String> DB_NAME = Setting.of("tasks.db.name", TEXT, "eetasks", any(),
            "The database").fromSystemProperty();
    public static final Setting<String> DB_USER = Setting.of("tasks.db.user", TEXT, "postgres", any(),
            "The database user").fromSystemProperty();
    public static final Setting<String> DB_PASSWORD = Setting.of("tasks.db.password", TEXT, "postgres", any(),
            "The database user's password").fromSystemProperty();

    // Traces (08-tracing.cli)
    public static final Setting<String> OTLP_ENDPOINT = Setting.of("tasks.otlp.endpoint", TEXT,
            "http://localhost:4317", any(), "The OpenTelemetry collector traces are exported to").fromSystemProperty();
    public static final Setting<String> OTEL_SERVICE_NAME = Setting.derived("tasks.otel.service-name", TEXT,
            "jboss.node.name", any(), "The service name of the traces").fromSystemProperty();
    public static final Setting<String> OTEL_SAMPLER = Setting.of("tasks.otel.sampler",
            SettingType.oneOf("on", "off", "ratio"), "on", any(), "Which traces are kept").fromSystemProperty();
    public static final Setting<Double> OTEL_RATIO = Setting.of("tasks.otel.ratio", DECIMAL, "1.0", between(0, 1),
            "The fraction of traces kept by the ratio sampler").fromSystemProperty();
    public static final Setting<Long> OTEL_BATCH_DELAY = Setting.of("tasks.otel.batch-delay", LONG, "5000",
            atLeast(0), "Milliseconds between exports of spans").fromSystemProperty();

    /** Every key, in the order of the table in docs/guide/configuration.md. */
    public static final List<Setting<?>> ALL = List.of(EXECUTE_NOW, NODE, CONSUMERS, QUEUE_CONSUMERS, NODE_QUEUES,
            CONSUMER_BATCH_SIZE, CONSUMER_CONNECTION_FACTORY, RETRY_MAX_ATTEMPTS, RETRY_INITIAL_DELAY,
            RETRY_MULTIPLIER, RETRY_MAX_DELAY, RETRY_JITTER, SCHEDULE_POLL_MILLIS, SCHEDULE_MISFIRE_GRACE,
            SCHEDULE_BATCH_SIZE, HEALTH_TIMER_LATE_AFTER, HEALTH_CONSUMER_STUCK_AFTER, METRICS_REFRESH, LEASE_DURATION,
            RESULT_WAIT, CLEANUP_RETENTION, CLEANUP_SUCCESS_RETENTION, CLEANUP_INTERVAL, CLEANUP_BATCH_SIZE,
            DISPATCH_MAX_IN_FLIGHT, AMQP_STALL_TIMEOUT, REDISPATCH_AFTER_SECONDS, REDISPATCH_INTERVAL_SECONDS,
            REDISPATCH_BATCH_SIZE, AWAIT_NOTICE_MILLIS, AWAIT_CLUSTER_CHECK_MILLIS, NODE_HEARTBEAT, NODE_DEAD_AFTER,
            LEADER_LEASE, JMS_CONNECTION_FACTORY, JMS_COMPLETIONS_TOPIC, CONSOLE_TOTALS_REFRESH, AMQP_PORT,
            AMQP_USERNAME, AMQP_PASSWORD, AMQP_GENERATE_USER, AMQP_BIND_ADDRESS, AMQP_ADDRESS, DB_HOST, DB_PORT, DB_NAME,
            DB_USER, DB_PASSWORD, BROKER_HOST, BROKER_PORT, RESOURCE_ADAPTER, OTLP_ENDPOINT, OTEL_SAMPLER, OTEL_RATIO,
            OTEL_SERVICE_NAME, OTEL_BATCH_DELAY);

    private TasksSettings() {
    }

    /**
     * Parses every configured key and checks it against its bounds; throws, naming each key that is
     * wrong, its value and what is allowed. Keys of a pattern are checked as far as the configuration
     * lists their names (system properties and config files do; environment variables are checked when
     * they are read).
     */
    public static void check(Config config) {
        List<String> problems = new ArrayList<>();
        for (Setting<?> setting : ALL) {
            for (Setting<?> one : configuredKeys(setting, config)) {
                try {
                    one.configured(config);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw SettingsLog.LOG.settingsRefused(String.join("; ", problems));
        }
    }

    private static List<Setting<?>> configuredKeys(Setting<?> setting, Config config) {
        if (!setting.isPattern()) {
            return List.of(setting);
        }
        List<Setting<?>> named = new ArrayList<>();
        for (String key : config.getPropertyNames()) {
            setting.nameIn(key).ifPresent(name -> named.add(setting.named(name)));
        }
        return named;
    }
}
