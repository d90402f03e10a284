/**
 * The bridge between applications and the EE Tasks runtime. Not an API: applications never use
 * these types directly. Because the module that holds them is shared by the tasks EAR and every
 * application that imports it, its classes are the same {@code Class} objects on both sides, and
 * {@link io.eetasks.bridge.TaskRegistry} can carry the runtime to the applications and each
 * application's {@link io.eetasks.bridge.TaskInvoker} to the runtime.
 */
package io.eetasks.bridge;
