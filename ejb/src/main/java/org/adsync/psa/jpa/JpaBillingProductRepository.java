package org.adsync.psa.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.adsync.platform.DisplayNames;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.ContactBillingProduct;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaBillingProductRepository implements BillingProductRepository {

    @PersistenceContext(unitName = "adsync")
    private EntityManager em;

    @Override
    public Optional<ContactBillingProduct> findById(long id) {
        return Optional.ofNullable(em.find(ContactBillingProduct.class, id));
    }

    @Override
    public List<ContactBillingProduct> findAllOrderedByName() {
        return em.createQuery("select p from ContactBillingProduct p order by lower(p.name)",
                ContactBillingProduct.class).getResultList();
    }

    @Override
    public Optional<ContactBillingProduct> findSameName(String name) {
        return em.createQuery("select p from ContactBillingProduct p where p.nameKey = :key",
                ContactBillingProduct.class).setParameter("key", DisplayNames.key(name))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ContactBillingProduct> findDefaults() {
        return em.createQuery("select p from ContactBillingProduct p where p.defaultForNewSyncs = true",
                ContactBillingProduct.class).getResultList();
    }

    @Override
    public ContactBillingProduct add(ContactBillingProduct product) {
        // the index on the exact name (V1) and the one on the name key (V17) both start so
        return UniqueNames.persist(em, product, "ux_contact_billing_product_name", "billing product");
    }
}
