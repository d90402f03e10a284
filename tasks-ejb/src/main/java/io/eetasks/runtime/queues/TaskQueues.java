package io.eetasks.runtime.queues;

import static io.eetasks.runtime.settings.TasksSettings.CONSUMERS;
import static io.eetasks.runtime.settings.TasksSettings.NODE_QUEUES;
import static io.eetasks.runtime.settings.TasksSettings.QUEUE_CONSUMERS;

import io.eetasks.spi.TaskTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The queues tasks are sent to, and which of them this node serves (docs/queues.md). A queue exists
 * when the broker has it: the JMS queue {@code eetasks.<name>}, bound at {@code java:/jms/queue/eetasks.<name>}
 * (tasks-server/src/main/cli/06-queue.cli); the {@code default} queue is {@code eetasks}. So the
 * broker's configuration is the one list of queues, the same on every node.
 */
@ApplicationScoped
public class TaskQueues {

    /** Where the broker's queues are bound. */
    public static final String JNDI_CONTEXT = "java:/jms/queue";
    private static final String PREFIX = "eetasks";
    private static final String DEAD_LETTERS = "eetasks.DLQ";
    /** Where the broker's dead-letter queue of the tasks queues is bound. */
    public static final String DEAD_LETTERS_JNDI = JNDI_CONTEXT + "/" + DEAD_LETTERS;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final String ALL = "*";
    private static final String NONE = "none";
    private static final Logger LOG = Logger.getLogger(TaskQueues.class);

    @Inject
    Config config;

    private volatile Set<String> known = Set.of(TaskTransport.DEFAULT_QUEUE);
    private volatile List<String> served;

    /** The JNDI name of a queue's broker queue. */
    public static String jndiName(String queue) {
        return JNDI_CONTEXT + "/" + brokerName(queue);
    }

    /** The name of a queue's JMS queue on the broker. */
    public static String brokerName(String queue) {
        return TaskTransport.DEFAULT_QUEUE.equals(queue) ? PREFIX : PREFIX + "." + queue;
    }

    /** What is wrong with sending tasks to this queue, with the fix; {@code null} when nothing is. */
    public String problem(String queue) {
        if (queue == null || !NAME.matcher(queue).matches()) {
            return "'" + queue + "' is not a queue name: use 1 to 40 lower-case letters, digits, '-' and '_'";
        }
        if (known.contains(queue) || known().contains(queue)) { // read the broker again only on a miss
            return null;
        }
        return "queue '" + queue + "' does not exist (known: " + String.join(", ", known) + "). Create it on"
                + " every node with jboss-cli.sh --file=06-queue.cli -Dtasks.queue=" + queue
                + " (tasks-server/src/main/cli), or name a known queue";
    }

    /** Every queue the broker has, by name. Read again on each call. */
    public SortedSet<String> known() {
        SortedSet<String> found = new TreeSet<>();
        try {
            NamingEnumeration<NameClassPair> names = new InitialContext().list(JNDI_CONTEXT);
            while (names.hasMore()) {
                String name = names.next().getName();
                if (name.startsWith(PREFIX + ".") && !name.equals(DEAD_LETTERS)) {
                    found.add(name.substring(PREFIX.length() + 1));
                }
            }
        } catch (NamingException e) {
            LOG.debugf(e, "No queues bound under %s", JNDI_CONTEXT);
        }
        found.add(TaskTransport.DEFAULT_QUEUE);
        SortedSet<String> all = Collections.unmodifiableSortedSet(found);
        known = all;
        return all;
    }

    /**
     * The queues this node consumes from: {@code tasks.node.queues} lists them, {@code *} (the default)
     * means every known queue, {@code none} none (a node that only submits). Names that are not
     * known queues are reported and left out. Decided once, when the consumers start.
     */
    public List<String> served() {
        if (served == null) {
            served = List.copyOf(chooseServed());
        }
        return served;
    }

    private List<String> chooseServed() {
        List<String> names = NODE_QUEUES.value(config).stream().map(String::trim).distinct().toList();
        if (names.equals(List.of(NONE))) {
            return List.of();
        }
        if (names.contains(ALL)) {
            return List.copyOf(known());
        }
        List<String> chosen = new ArrayList<>();
        for (String name : names) {
            String problem = problem(name);
            if (problem == null) {
                chosen.add(name);
            } else {
                QueuesLog.LOG.queueNotServed(problem);
            }
        }
        return chosen;
    }

    /** Whether this node consumes from the queue. */
    public boolean serves(String queue) {
        return served().contains(queue);
    }

    /** How many consumers this node runs for the queue: {@code tasks.queues.<name>.consumers}, else {@code tasks.consumers}. */
    public int consumers(String queue) {
        return QUEUE_CONSUMERS.named(queue).configured(config).orElseGet(() -> CONSUMERS.value(config));
    }
}
