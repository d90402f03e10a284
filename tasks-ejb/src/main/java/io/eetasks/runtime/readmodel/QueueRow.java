package io.eetasks.runtime.readmodel;

import java.util.Map;

/**
 * A queue tasks are sent to.
 *
 * @param name      its name ({@code default}, or one created by 06-queue.cli)
 * @param pending   its tasks waiting for a consumer, on any node
 * @param running   its tasks running now
 * @param consumers the live nodes that consume from it, with how many consumers each
 */
public record QueueRow(String name, long pending, long running, Map<String, Integer> consumers) {
}
