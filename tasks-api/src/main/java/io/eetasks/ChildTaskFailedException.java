package io.eetasks;

/**
 * Why a parent task failed when its own method succeeded: a child failed and the parent's
 * {@link ChildFailurePolicy} does not ignore it. A parent that failed so has this class's name as
 * its {@link TaskError#type()}.
 */
public class ChildTaskFailedException extends TaskException {

    private static final long serialVersionUID = 1L;

    public ChildTaskFailedException(String message) {
        super(message);
    }
}
