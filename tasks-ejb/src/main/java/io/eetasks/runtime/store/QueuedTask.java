package io.eetasks.runtime.store;

import java.util.UUID;

/** A task to send, and the queue it goes to. */
public record QueuedTask(UUID id, String queue) {
}
