package org.adsync.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.platform.DisplayNames;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.SecurityLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaConsoleUserRepository implements ConsoleUserRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<ConsoleUser> findByUsername(String username) {
        return em.createQuery("select u from ConsoleUser u where u.username = :username", ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SecurityLevel> findSecurityLevel(String name) {
        return em.createQuery("select l from SecurityLevel l where l.name = :name", SecurityLevel.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean anyUserExists() {
        return !em.createQuery("select u.id from ConsoleUser u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ConsoleUser> findAllUsers() {
        return em.createQuery("select u from ConsoleUser u order by lower(u.username)", ConsoleUser.class)
                .getResultList();
    }

    @Override
    public Optional<ConsoleUser> findUser(long id) {
        return Optional.ofNullable(em.find(ConsoleUser.class, id));
    }

    @Override
    public Optional<ConsoleUser> findBySsoSubject(String issuer, String subject) {
        return em.createQuery("select u from ConsoleUser u where u.ssoIssuer = :issuer and u.ssoSubject = :subject",
                        ConsoleUser.class)
                .setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ConsoleUser> findByUsernameIgnoringCase(String username) {
        return em.createQuery("select u from ConsoleUser u where u.usernameKey = :key", ConsoleUser.class)
                .setParameter("key", DisplayNames.key(username)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<SecurityLevel> findAllSecurityLevels() {
        return em.createQuery("select l from SecurityLevel l order by lower(l.name)", SecurityLevel.class)
                .getResultList();
    }

    @Override
    public Optional<SecurityLevel> findSecurityLevel(long id) {
        return Optional.ofNullable(em.find(SecurityLevel.class, id));
    }

    @Override
    public boolean isGivenBySingleSignOn(SecurityLevel level) {
        return !em.createQuery("select m.id from SsoLevelMapping m where m.securityLevel = :level", Long.class)
                .setParameter("level", level).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long countUsersOf(SecurityLevel level) {
        return em.createQuery("select count(u) from ConsoleUser u where u.securityLevel = :level", Long.class)
                .setParameter("level", level).getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordSignIn(String username, Instant at) {
        em.createQuery("update ConsoleUser u set u.lastSignedInAt = :at where u.username = :username")
                .setParameter("at", at).setParameter("username", username).executeUpdate();
    }

    @Override
    public void remove(ConsoleUser user) {
        em.remove(user);
    }

    @Override
    public void remove(SecurityLevel level) {
        em.remove(level);
    }

    @Override
    public ConsoleUser add(ConsoleUser user) {
        em.persist(user);
        return user;
    }

    @Override
    public SecurityLevel add(SecurityLevel level) {
        em.persist(level);
        return level;
    }
}
