package org.adsync.sync.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.directory.DirectoryType;

/**
 * The scratch copy of a configuration's directory users that a preview reads into and matches with, so that the
 * preview goes through the very steps of a sync without touching the users, mappings and fingerprints the next sync
 * starts from. The copy is filed under the negative of the configuration's id (a preview holds the configuration's
 * run lease, so there is one at a time), its rows' ids are their originals' plus 2^62 (above any id the sequence
 * hands out, in the same order); it is copied and dropped inside the database, never through the heap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PreviewScratch {

    private static final long ID_OFFSET = 1L << 62;
    private static final String COLUMNS = "anchor, dn, account_name, user_principal_name, display_name, first_name, "
            + "middle_name, last_name, email, email_key, name_key, phone, mobile_phone, title, department, disabled, "
            + "in_scope, ignored, manually_mapped, state, state_reason, data_problem, contact_id, fingerprint, "
            + "changed_at, version";

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    /**
     * Copies the configuration's users into its scratch set (one left over from a crashed preview is dropped
     * first), if they are of the directory the preview reads: the users of another kind of directory mean nothing
     * there, and a sync moved to it starts without them.
     */
    public long copy(long configurationId, DirectoryType previewed) {
        long setId = setOf(configurationId);
        drop(setId);
        em.createNativeQuery("INSERT INTO directory_user (id, configuration_id, " + COLUMNS + ") SELECT id + "
                        + ID_OFFSET + ", " + setId + ", " + COLUMNS + " FROM directory_user WHERE configuration_id = ? "
                        + "AND EXISTS (SELECT 1 FROM sync_configuration c WHERE c.id = ? AND c.directory_type = ?)")
                .setParameter(1, configurationId).setParameter(2, configurationId).setParameter(3, previewed.name())
                .executeUpdate();
        return setId;
    }

    public void drop(long setId) {
        if (setId >= 0) {
            throw new IllegalArgumentException("Not a scratch set: " + setId);
        }
        em.createNativeQuery("DELETE FROM directory_user WHERE configuration_id = ?").setParameter(1, setId)
                .executeUpdate();
    }

    static long setOf(long configurationId) {
        return -configurationId;
    }
}
