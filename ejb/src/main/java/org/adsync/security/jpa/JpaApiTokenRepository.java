package org.adsync.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.security.ApiToken;
import org.adsync.security.ApiTokenRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> findByUsername(String username) {
        return em.createQuery("select t from ApiToken t where t.user.username = :username order by t.id desc",
                        ApiToken.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public void remove(ApiToken token) {
        em.remove(token);
    }
}
