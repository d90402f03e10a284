package io.eetasks.runtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The children a waiting parent still waits for, counted in {@value #STRIPES} stripes (docs/fan-in.md).
 * A child's stripe follows from its id, so a finishing child finds its own without reading anything;
 * children that finish at once mostly lock different rows, and only the child that empties a stripe
 * goes on to the parent's row.
 */
@ApplicationScoped
public class ChildStripes {

    /** Enough that the consumers of a few nodes seldom meet on one row; each stripe empties once. */
    static final int STRIPES = 32;

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    /** The stripe a child counts itself off on. */
    public static int of(UUID childId) {
        return Math.floorMod(childId.hashCode(), STRIPES);
    }

    /** How many of these children fall in each stripe; stripes without any are left out. */
    public static Map<Integer, Integer> count(Collection<UUID> childIds) {
        Map<Integer, Integer> counts = new TreeMap<>();
        childIds.forEach(id -> counts.merge(of(id), 1, Integer::sum));
        return counts;
    }

    /**
     * The parent now waits for these children: its stripes, replacing those of an earlier run.
     * Called under the parent's row lock. Returns how many stripes are not empty.
     */
    public int start(UUID parentId, List<UUID> unfinishedChildren) {
        entityManager.createNativeQuery("delete from eet_child_stripe where parent_id = ?")
                .setParameter(1, parentId)
                .executeUpdate();
        Map<Integer, Integer> counts = count(unfinishedChildren);
        counts.forEach((stripe, pending) -> entityManager.createNativeQuery(
                        "insert into eet_child_stripe (parent_id, stripe, pending) values (?, ?, ?)")
                .setParameter(1, parentId)
                .setParameter(2, stripe)
                .setParameter(3, pending)
                .executeUpdate());
        return counts.size();
    }

    /**
     * Counts the finished child off its parent's stripe, locking that row until the transaction ends.
     * Returns true if it was the stripe's last, false if others remain or it was not counted there.
     */
    public boolean countOff(UUID parentId, UUID childId) {
        int stripe = of(childId);
        if (decrement(parentId, stripe, "pending > 1") == 1) {
            return false;
        }
        return decrement(parentId, stripe, "pending = 1") == 1;
    }

    private int decrement(UUID parentId, int stripe, String condition) {
        return entityManager.createNativeQuery("update eet_child_stripe set pending = pending - 1"
                        + " where parent_id = ? and stripe = ? and " + condition)
                .setParameter(1, parentId)
                .setParameter(2, stripe)
                .executeUpdate();
    }

    /** The stripes of finished tasks go with them. */
    public void delete(Collection<UUID> parentIds) {
        entityManager.createNativeQuery("delete from eet_child_stripe where parent_id in (:ids)")
                .setParameter("ids", parentIds)
                .executeUpdate();
    }
}
