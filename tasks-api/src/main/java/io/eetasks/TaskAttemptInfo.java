package io.eetasks;

import java.time.Instant;

/**
 * A failed attempt of a task, as kept in its history.
 *
 * @param attempt    the attempt's number, from 1
 * @param node       the node that ran it
 * @param startedAt  when it started
 * @param finishedAt when it failed
 * @param error      its error
 */
public record TaskAttemptInfo(int attempt, String node, Instant startedAt, Instant finishedAt, TaskError error) {
}
