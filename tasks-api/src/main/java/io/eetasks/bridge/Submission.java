package io.eetasks.bridge;

/**
 * A call of a task method, as the interceptor hands it to the runtime.
 *
 * @param application the application that provides the task
 * @param name        the task name
 * @param payloadJson the arguments as a JSON array
 * @param executeNow  whether to run it at once in the caller's thread
 */
public record Submission(String application, String name, String payloadJson, boolean executeNow) {
}
