/**
 * The public API of EE Tasks: annotate CDI bean methods with {@link io.eetasks.DistributedTask},
 * inject {@link io.eetasks.TaskService} to follow them.
 */
package io.eetasks;
