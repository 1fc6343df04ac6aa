package org.adsync.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.security.sso.SsoProvider;
import org.adsync.security.sso.SsoProviderRepository;

import java.util.Optional;

@ApplicationScoped
class JpaSsoProviderRepository implements SsoProviderRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<SsoProvider> find() {
        return em.createQuery("select p from SsoProvider p", SsoProvider.class).getResultStream().findFirst();
    }

    @Override
    public SsoProvider add(SsoProvider provider) {
        em.persist(provider);
        return provider;
    }

    @Override
    public void remove(SsoProvider provider) {
        em.remove(provider);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
