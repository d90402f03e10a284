package io.eetasks;

import java.util.List;

/**
 * A task with all the tasks below it: the tasks it submitted while it ran and its callbacks, and
 * theirs, oldest first at each level.
 *
 * @param task     the task
 * @param children the trees of its children
 */
public record TaskTree(TaskInfo task, List<TaskTree> children) {

    public TaskTree {
        children = List.copyOf(children);
    }

    /** The number of tasks in this tree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(TaskTree::size).sum();
    }
}
