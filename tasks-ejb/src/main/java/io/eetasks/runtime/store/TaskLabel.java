package io.eetasks.runtime.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One label of a task, as a row to filter by: keyed by label, then by the task's creation, so that a
 * list of the tasks with a label is read in the order the console shows it (docs/labels.md).
 */
@Entity
@Table(name = "eet_task_label")
@IdClass(TaskLabel.Key.class)
public class TaskLabel {

    @Id
    private String label;

    @Id
    @Column(name = "created_at")
    private Instant createdAt;

    @Id
    @Column(name = "task_id")
    private UUID taskId;

    protected TaskLabel() {
    }

    TaskLabel(String label, Task task) {
        this.label = label;
        this.createdAt = task.createdAt();
        this.taskId = task.getId();
    }

    /** The key of a label's row. */
    public static class Key implements Serializable {

        private String label;
        private Instant createdAt;
        private UUID taskId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(label, key.label)
                    && Objects.equals(createdAt, key.createdAt) && Objects.equals(taskId, key.taskId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, createdAt, taskId);
        }
    }
}
