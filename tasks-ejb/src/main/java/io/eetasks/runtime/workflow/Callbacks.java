package io.eetasks.runtime.workflow;

import io.eetasks.CallbackCondition;
import io.eetasks.TaskError;
import io.eetasks.TaskOutcome;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.submission.TaskSubmissions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Submits a finished task's callbacks, in the transaction that records how it finished: they exist
 * exactly when that outcome does, with the source as parent and the same root, and are sent after
 * the commit like any task.
 */
@ApplicationScoped
public class Callbacks {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    TaskSubmissions submissions;

    @Inject
    CallbackMappings mappings;

    /**
     * Submits the callbacks of {@code source}, which has just finished as {@code status} with the given
     * result or error. (The values are passed in: the entity may predate the update that finished it.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitFor(Task source, TaskStatus status, String resultJson, TaskError error) {
        List<Map.Entry<CallbackCondition, String>> all = new ArrayList<>(source.callbacks());
        all.addAll(mappings.of(source.getApplication(), source.getName()));
        if (all.isEmpty()) {
            return;
        }
        String payload = jsonb.toJson(new Object[] {
                new TaskOutcome(source.getId(), source.getName(), status, resultJson, error)});
        for (Map.Entry<CallbackCondition, String> callback : all) {
            if (callback.getKey().matches(status)) {
                submissions.enqueue(submissions.newTask(submissions.plainCall(source.getApplication(),
                        callback.getValue(), payload), TaskStatus.PENDING).childOf(source));
            }
        }
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
