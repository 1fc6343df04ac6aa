package org.adsync.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.security.ApiToken;
import org.adsync.security.ApiTokenRepository;
import org.adsync.security.Permission;
import org.adsync.security.TokenCaller;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    /**
     * One query whose interpretation Hibernate keeps: selecting the entities would load the user, the level and its
     * permissions with a query each, on every API call.
     */
    @Override
    public int removeAllOf(String username, Long keptTokenId) {
        int removed = 0;
        for (ApiToken token : findByUsername(username)) {
            if (!token.getId().equals(keptTokenId)) {
                em.remove(token);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public Optional<TokenCaller> findCaller(String tokenHash) {
        List<Object[]> rows = em.createQuery("select t.id, t.name, t.expiresAt, t.lastUsedAt, u.username, "
                        + "u.displayName, u.enabled, u.mustChangePassword, u.ssoIssuer, u.ssoSubject, p "
                        + "from ApiToken t join t.user u "
                        + "join u.securityLevel l left join l.permissions p where t.tokenHash = :hash", Object[].class)
                .setParameter("hash", tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<Permission> permissions = rows.stream().map(row -> (Permission) row[10]).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        return Optional.of(new TokenCaller((Long) first[0], (String) first[1], (Instant) first[2],
                (Instant) first[3], (String) first[4], (String) first[5], (Boolean) first[6], (Boolean) first[7],
                (String) first[8], (String) first[9], permissions));
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

    @Override
    @Transactional
    public void recordUse(long tokenId, Instant at) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id").setParameter("at", at)
                .setParameter("id", tokenId).executeUpdate();
    }
}
