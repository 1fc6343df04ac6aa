package org.adsync.psa.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;

import java.util.List;
import java.util.Optional;

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
    public Organization add(Organization organization) {
        em.persist(organization);
        return organization;
    }
}
