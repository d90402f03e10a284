package io.eetasks;

import io.eetasks.spi.TaskApiBinding;

import java.time.Duration;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * The runtime behind the API's static methods, looked up once. Without one (a unit test of an
 * application's bean, outside the server) no task runs on any thread and a result is carried as is.
 */
final class ApiBinding {

    static final TaskApiBinding BINDING = ServiceLoader.load(TaskApiBinding.class, TaskApiBinding.class.getClassLoader())
            .findFirst()
            .orElseGet(Standalone::new);

    private ApiBinding() {
    }

    private static final class Standalone implements TaskApiBinding {

        @Override
        public TaskContext currentTask() {
            return null;
        }

        @Override
        public <R> TaskHandle<R> completed(R result) {
            return new TaskHandle<>() {
                @Override
                public UUID id() {
                    throw new IllegalStateException("TaskHandle.completed(..) has no task id");
                }

                @Override
                public TaskInfo info() {
                    throw new IllegalStateException("TaskHandle.completed(..) has no task behind it");
                }

                @Override
                public R await(Duration timeout) {
                    return result;
                }
            };
        }
    }
}
