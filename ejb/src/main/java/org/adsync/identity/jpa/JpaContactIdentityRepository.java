package org.adsync.identity.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.identity.ContactIdentityRepository;
import org.adsync.identity.IdentityMatch;
import org.adsync.sync.DirectoryUserState;

import java.util.List;

@ApplicationScoped
class JpaContactIdentityRepository implements ContactIdentityRepository {

    /** Everything a match needs in one query; the index on anchor or on upn_key finds the user. */
    private static final String MATCHES = "select new org.adsync.identity.IdentityMatch(c.id, c.name.first, "
            + "c.name.last, c.email, o.id, o.name, o.externalId, cfg.directoryType, cfg.ldap.baseDn, "
            + "cfg.azure.tenantId) "
            + "from DirectoryUser u join u.contact c join c.organization o, SyncConfiguration cfg "
            + "where cfg.id = u.configurationId and u.state = :synced and u.disabled = false and c.active = true and ";

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public List<IdentityMatch> byObjectId(String anchor) {
        return em.createQuery(MATCHES + "u.anchor = :anchor", IdentityMatch.class)
                .setParameter("synced", DirectoryUserState.SYNCED).setParameter("anchor", anchor)
                .setMaxResults(10).getResultList();
    }

    @Override
    public List<IdentityMatch> byUpn(String upnKey) {
        return em.createQuery(MATCHES + "u.upnKey = :upn", IdentityMatch.class)
                .setParameter("synced", DirectoryUserState.SYNCED).setParameter("upn", upnKey)
                .setMaxResults(10).getResultList();
    }
}
