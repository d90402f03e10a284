package io.eetasks.runtime.workflow;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.ChildCounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FanInDecisionTest {

    @ParameterizedTest
    @CsvSource({
            "COMPLETED, FAIL_PARENT, false",
            "COMPLETED, CONTINUE,    false",
            "COMPLETED, IGNORE,      false",
            "FAILED,    FAIL_PARENT, true",
            "FAILED,    CONTINUE,    false",
            "FAILED,    IGNORE,      false",
            "CANCELLED, FAIL_PARENT, true",
            "CANCELLED, CONTINUE,    false",
            "CANCELLED, IGNORE,      false"
    })
    void onlyAFailedOrCancelledChildOfAFailParentParentDecidesItAtOnce(TaskStatus child, ChildFailurePolicy policy,
                                                                       boolean atOnce) {
        assertThat(FanInDecision.failsParentAtOnce(child, policy)).isEqualTo(atOnce);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0, 0, FAIL_PARENT, true",
            "0, 0, 0, CONTINUE,    true",
            "0, 0, 0, IGNORE,      true",
            "0, 0, 3, FAIL_PARENT, true",
            "0, 0, 3, CONTINUE,    true",
            "0, 0, 3, IGNORE,      true",
            "0, 2, 3, FAIL_PARENT, true",
            "0, 2, 3, CONTINUE,    true",
            "0, 2, 3, IGNORE,      true",
            "2, 0, 3, FAIL_PARENT, false",
            "2, 0, 3, CONTINUE,    false",
            "2, 0, 3, IGNORE,      false",
            "2, 1, 3, FAIL_PARENT, true",
            "2, 1, 3, CONTINUE,    false",
            "2, 1, 3, IGNORE,      false"
    })
    void aParentIsDecidedWhenNoChildIsLeftOrAFailedOneFailsItAtOnce(int unfinished, int failed, int total,
                                                                    ChildFailurePolicy policy, boolean decided) {
        ChildCounts children = new ChildCounts(unfinished, failed, total);

        assertThat(FanInDecision.isDecided(children, policy)).isEqualTo(decided);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0, 0, FAIL_PARENT, COMPLETED",
            "0, 0, 0, CONTINUE,    COMPLETED",
            "0, 0, 0, IGNORE,      COMPLETED",
            "0, 0, 3, FAIL_PARENT, COMPLETED",
            "0, 0, 3, CONTINUE,    COMPLETED",
            "0, 0, 3, IGNORE,      COMPLETED",
            "0, 1, 3, FAIL_PARENT, FAILED",
            "0, 1, 3, CONTINUE,    FAILED",
            "0, 1, 3, IGNORE,      COMPLETED",
            "0, 3, 3, FAIL_PARENT, FAILED",
            "0, 3, 3, CONTINUE,    FAILED",
            "0, 3, 3, IGNORE,      COMPLETED",
            "2, 1, 3, FAIL_PARENT, FAILED"
    })
    void aDecidedParentFailsIfAChildFailedUnlessItsPolicyIgnoresThat(int unfinished, int failed, int total,
                                                                    ChildFailurePolicy policy, TaskStatus outcome) {
        ChildCounts children = new ChildCounts(unfinished, failed, total);

        assertThat(FanInDecision.outcome(children, policy)).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "FAIL_PARENT; A child task failed, which fails the parent at once (FAIL_PARENT)",
            "CONTINUE;    2 of 5 child tasks failed"
    })
    void theErrorOfAFailedParentSaysWhyByItsPolicy(ChildFailurePolicy policy, String summary) {
        ChildCounts children = new ChildCounts(0, 2, 5);

        assertThat(FanInDecision.failureSummary(children, policy)).isEqualTo(summary);
    }
}
