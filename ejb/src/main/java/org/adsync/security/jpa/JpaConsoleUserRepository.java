package org.adsync.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.security.ConsoleUser;
import org.adsync.security.ConsoleUserRepository;
import org.adsync.security.SecurityLevel;

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
