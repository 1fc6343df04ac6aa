package org.adsync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one sync attempt did, counted as it went. */
@Embeddable
public class AttemptCounts {

    @Column(name = "users_read", nullable = false)
    private int read;
    @Column(nullable = false)
    private int created;
    @Column(nullable = false)
    private int updated;
    @Column(nullable = false)
    private int deactivated;
    @Column(nullable = false)
    private int reactivated;
    @Column(nullable = false)
    private int conflicts;
    @Column(nullable = false)
    private int errors;

    public AttemptCounts copy() {
        AttemptCounts copy = new AttemptCounts();
        copy.add(this);
        return copy;
    }

    public void add(AttemptCounts other) {
        read += other.read;
        created += other.created;
        updated += other.updated;
        deactivated += other.deactivated;
        reactivated += other.reactivated;
        conflicts += other.conflicts;
        errors += other.errors;
    }

    public void countRead(int users) {
        read += users;
    }

    public void countCreated() {
        created++;
    }

    public void countUpdated() {
        updated++;
    }

    public void countDeactivated() {
        deactivated++;
    }

    public void countReactivated() {
        reactivated++;
    }

    public void countConflict() {
        conflicts++;
    }

    public void countError() {
        errors++;
    }

    public int read() {
        return read;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int deactivated() {
        return deactivated;
    }

    public int reactivated() {
        return reactivated;
    }

    public int conflicts() {
        return conflicts;
    }

    public int errors() {
        return errors;
    }

    @Override
    public String toString() {
        return read + " read, " + created + " created, " + updated + " updated, " + deactivated + " deactivated, "
                + reactivated + " re-activated, " + conflicts + " conflicts, " + errors + " errors";
    }
}
