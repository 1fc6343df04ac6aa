package org.adsync.psa.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.adsync.psa.InvalidPsaRecordException;

import java.util.Locale;

/**
 * Stores a named record at once, so that the unique index on its name key decides between two requests that added
 * the same name at the same instant (two imports, two admins): the one that comes second is told so, on the field
 * "name", instead of failing at the commit with an error nobody can read.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    static <T> T persist(EntityManager em, T record, String uniqueIndex, String what) {
        try {
            em.persist(record);
            em.flush();
            return record;
        } catch (PersistenceException e) {
            if (mentions(e, uniqueIndex)) {
                throw new InvalidPsaRecordException("name", "A " + what + " of this name was added a moment ago "
                        + "(whatever its case, width or spacing): look at the list again.");
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable e, String uniqueIndex) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(uniqueIndex)) {
                return true;
            }
        }
        return false;
    }
}
