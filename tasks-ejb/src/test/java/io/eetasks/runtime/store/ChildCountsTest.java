package io.eetasks.runtime.store;

import io.eetasks.TaskStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildCountsTest {

    @Test
    void aCancelledChildCountsAsFailedAndAChildNotYetFinishedAsUnfinished() {
        List<Object[]> rows = List.of(
                new Object[] {TaskStatus.COMPLETED, 3L},
                new Object[] {TaskStatus.FAILED, 1L},
                new Object[] {TaskStatus.CANCELLED, 2L},
                new Object[] {TaskStatus.PENDING, 2L},
                new Object[] {TaskStatus.SCHEDULED, 1L},
                new Object[] {TaskStatus.RUNNING, 1L},
                new Object[] {TaskStatus.RETRY_WAIT, 1L},
                new Object[] {TaskStatus.WAITING_FOR_CHILDREN, 1L});

        ChildCounts children = ChildCounts.of(rows);

        assertThat(children).isEqualTo(new ChildCounts(6, 3, 12));
    }

    @Test
    void noRowsMeanNoChildren() {
        assertThat(ChildCounts.of(List.of())).isEqualTo(new ChildCounts(0, 0, 0));
    }
}
