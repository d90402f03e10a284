package io.eetasks.admin;

import java.util.List;

/**
 * One page of the dead-letter queue.
 *
 * @param queue the queue's name
 * @param items the messages, in the queue's order
 * @param next  the cursor of the next page, {@code null} on the last page
 */
public record DeadLetterPage(String queue, List<DeadLetter> items, String next) {
}
