package io.eetasks.runtime.readmodel;

import java.time.Instant;
import java.util.UUID;

/** A task's place in a list: lists are ordered by creation time, then id. */
public record TaskKey(Instant createdAt, UUID id) {
}
