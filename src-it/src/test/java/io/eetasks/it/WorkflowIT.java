package io.eetasks.it;

import io.eetasks.ChildTaskFailedException;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.TaskTree;
import io.eetasks.it.support.ChildTasks;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.ParentTasks;
import io.eetasks.it.support.Settling;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Parents and children: fan-out, fan-in exactly once, child-failure policies, awaiting inside a task. */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    /** The consumers of the tasks queue (tasks.consumers, default 16). */
    private static final int CONSUMERS = 16;

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("workflow-it", WorkflowIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    ParentTasks parents;

    @Inject
    ChildTasks children;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void aParentWithAThousandChildrenWaitsForAllAndIsDecidedOnce() {
        TaskHandle<String> parent = parents.fanOut("thousand", 1000);

        assertThat(parent.await(WAIT)).isEqualTo("submitted 1000");
        assertThat(executions.count("thousand")).isEqualTo(1000);
        assertThat(tasks.children(parent.id()))
                .filteredOn(child -> child.name().equals("it.leaf"))
                .hasSize(1000)
                .allSatisfy(child -> {
                    assertThat(child.status()).isEqualTo(TaskStatus.COMPLETED);
                    assertThat(child.completedAt()).isBeforeOrEqualTo(parent.info().completedAt());
                });
        assertDecidedOnce(parent.id());
    }

    @Test
    @OperateOnDeployment("app")
    void childrenThatFinishAtTheSameMomentDecideTheirParentOnce() {
        int siblings = CONSUMERS / 2;
        for (int round = 0; round < 6; round++) {
            TaskHandle<String> parent = parents.fanOutMeeting("meeting-" + round, siblings);

            assertThat(parent.await(WAIT)).isEqualTo("met " + siblings);
            assertDecidedOnce(parent.id());
        }
    }

    @Test
    @OperateOnDeployment("app")
    void failParentFailsTheParentAsSoonAsAChildFails() {
        TaskHandle<String> parent = parents.failParent("fail-parent");

        TaskInfo decided = awaitFinished(parent.id());
        assertThat(decided.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(decided.error().type()).isEqualTo(ChildTaskFailedException.class.getName());
        assertThat(decided.error().message()).contains("FAIL_PARENT").contains("leaf fail-parent-failing fails");
        assertThat(executions.count("fail-parent-slow")).as("the slow child had not finished").isZero();
        assertDecidedOnce(parent.id());
        await().atMost(WAIT).until(() -> executions.count("fail-parent-slow") == 1);
        assertThat(tasks.find(parent.id()).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
        assertDecidedOnce(parent.id());
    }

    @Test
    @OperateOnDeployment("app")
    void continueLetsTheOtherChildrenFinishThenFailsTheParent() {
        TaskHandle<String> parent = parents.continueParent("continue");

        TaskInfo decided = awaitFinished(parent.id());
        assertThat(decided.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(decided.error().message()).contains("1 of 2 child tasks failed").contains("leaf continue-failing fails");
        assertThat(executions.count("continue-slow")).isEqualTo(1);
        assertThat(tasks.children(parent.id()))
                .extracting(TaskInfo::name, TaskInfo::status)
                .contains(org.assertj.core.groups.Tuple.tuple("it.failing-leaf", TaskStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("it.sleeping-leaf", TaskStatus.COMPLETED));
        assertDecidedOnce(parent.id());
    }

    @Test
    @OperateOnDeployment("app")
    void ignoreCompletesTheParentWithItsOwnResultAndItCanReadItsChildrensResults() {
        TaskHandle<String> parent = parents.ignoreParent("ignore");

        assertThat(parent.await(WAIT)).isEqualTo("parent ignore");
        assertThat(executions.count("ignore-slow")).isEqualTo(1);
        assertThat(tasks.children(parent.id()))
                .filteredOn(child -> child.status() == TaskStatus.COMPLETED && child.name().equals("it.sleeping-leaf"))
                .extracting(TaskInfo::resultJson)
                .containsExactly("\"slept ignore-slow\"");
        assertDecidedOnce(parent.id());
    }

    @Test
    @OperateOnDeployment("app")
    void aTreeThreeLevelsDeepIsDecidedFromTheLeavesUp() {
        TaskHandle<Integer> root = parents.level("levels", 2, 3);

        assertThat(root.await(WAIT)).isEqualTo(2);
        TaskTree tree = tasks.tree(root.id());
        assertThat(tree.size()).isEqualTo(1 + 3 + 9);
        assertThat(executions.count("levels")).isEqualTo(13);
        assertDecidedAfterItsChildren(tree);
        UUID leaf = tree.children().get(0).children().get(0).task().id();
        assertThat(tasks.root(leaf).id()).isEqualTo(root.id());
        assertThat(tasks.tree(leaf).task().id()).isEqualTo(root.id());
        assertThat(tasks.children(root.id())).hasSize(3).allSatisfy(child -> {
            assertThat(child.parentId()).isEqualTo(root.id());
            assertThat(child.rootId()).isEqualTo(root.id());
        });
    }

    @Test
    @OperateOnDeployment("app")
    void moreParentsAwaitingChildrenThanConsumersNeverDeadlock() {
        List<TaskHandle<String>> awaiting = IntStream.range(0, 3 * CONSUMERS)
                .mapToObj(i -> parents.awaitingParent("awaited-" + i))
                .toList();

        for (int i = 0; i < awaiting.size(); i++) {
            assertThat(awaiting.get(i).await(WAIT)).isEqualTo("slept awaited-" + i + "!");
        }
    }

    @Test
    @OperateOnDeployment("app")
    void executeAndWaitInsideTasksRunsTheChildInTheParentsThread() {
        List<TaskHandle<String>> awaiting = IntStream.range(0, 3 * CONSUMERS)
                .mapToObj(i -> parents.executeAndWaitParent("inline-" + i))
                .toList();

        for (int i = 0; i < awaiting.size(); i++) {
            assertThat(awaiting.get(i).await(WAIT)).isEqualTo("slept inline-" + i + "!");
        }
        TaskHandle<String> first = awaiting.get(0);
        assertThat(tasks.children(first.id())).singleElement().satisfies(child -> {
            assertThat(child.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(child.parentId()).isEqualTo(first.id());
        });
    }

    @Test
    @OperateOnDeployment("app")
    void executeAndWaitOutsideTasksReturnsTheResult() {
        assertThat(tasks.executeAndWait(() -> children.sleepingLeaf("outside", 0), WAIT)).isEqualTo("slept outside");
    }

    @Test
    @OperateOnDeployment("app")
    void awaitingAChildSubmittedInTheSameTransactionIsReportedNotDeadlocked() {
        TaskHandle<String> parent = parents.awaitsOwnChild("own");

        assertThat(parent.await(WAIT)).contains("was submitted in the current transaction")
                .contains("executeAndWait");
    }

    @Test
    @OperateOnDeployment("app")
    void cancellingAWaitingParentCancelsItsUnfinishedChildren() {
        TaskHandle<String> parent = parents.waitsForScheduledChildren("cancelled-tree", 3);
        await().atMost(WAIT).until(() -> parent.status() == TaskStatus.WAITING_FOR_CHILDREN);

        assertThat(tasks.cancel(parent.id())).isEqualTo(TaskStatus.CANCELLED);

        assertThat(tasks.children(parent.id())).hasSize(3)
                .allSatisfy(child -> assertThat(child.status()).isEqualTo(TaskStatus.CANCELLED));
        assertThat(parent.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(executions.count("cancelled-tree")).isZero();
    }

    private TaskInfo awaitFinished(UUID taskId) {
        await().atMost(WAIT).until(() -> tasks.find(taskId).orElseThrow().status().isTerminal());
        return tasks.find(taskId).orElseThrow();
    }

    /** The parent's any-completion callback ran once, and no second one follows. */
    private void assertDecidedOnce(UUID parentId) {
        await().atMost(WAIT).until(() -> executions.count("decided:" + parentId) >= 1);
        settling.awaitDeliveries();
        assertThat(executions.count("decided:" + parentId)).isEqualTo(1);
        assertThat(tasks.children(parentId)).filteredOn(child -> child.name().equals("it.parent-decided")).hasSize(1);
    }

    private static void assertDecidedAfterItsChildren(TaskTree tree) {
        assertThat(tree.task().status()).isEqualTo(TaskStatus.COMPLETED);
        for (TaskTree child : tree.children()) {
            assertThat(child.task().completedAt()).isBeforeOrEqualTo(tree.task().completedAt());
            assertDecidedAfterItsChildren(child);
        }
    }
}
