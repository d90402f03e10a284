package io.eetasks;

/** What a recurring schedule does about fire times it missed while no node was running. */
public enum Misfire {
    /** Runs once for all the missed fire times, then goes on with the next one. */
    FIRE_ONCE,
    /** Runs nothing for missed fire times (later than {@code tasks.schedule.misfire-grace}); waits for the next one. */
    SKIP
}
