package org.adsync.psa.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.platform.DisplayNames;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<Organization> findById(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public List<Organization> findAllOrderedByName() {
        return em.createQuery("select o from Organization o order by lower(o.name), o.id", Organization.class)
                .getResultList();
    }

    @Override
    public Optional<Organization> findSameName(String name) {
        return em.createQuery("select o from Organization o where o.nameKey = :key order by o.id",
                Organization.class).setParameter("key", DisplayNames.key(name)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Set<String> nameKeys() {
        return new HashSet<>(em.createQuery("select o.nameKey from Organization o", String.class)
                .getResultList());
    }

    @Override
    public Organization add(Organization organization) {
        return UniqueNames.persist(em, organization, "ux_organization_name_key", "organization");
    }
}
