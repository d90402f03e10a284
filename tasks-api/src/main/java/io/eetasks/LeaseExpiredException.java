package io.eetasks;

import java.time.Instant;

/**
 * Recorded as the error of an attempt whose node stopped renewing its lease (it died, hung or lost
 * its database); another node took the attempt over. Like any failure, the task is retried or fails.
 */
public class LeaseExpiredException extends TaskException {

    private static final long serialVersionUID = 1L;

    public LeaseExpiredException(String node, Instant leaseExpiredAt) {
        super("The attempt's lease expired at " + leaseExpiredAt + " on node " + node
                + ", which died, hung or lost its database; another node took the attempt over");
    }
}
