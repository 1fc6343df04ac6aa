package org.adsync.it.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.psa.PersonName;
import org.adsync.sync.DirectoryUser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sets up and inspects the PSA side of a sync test, each call in its own transaction. */
@ApplicationScoped
public class SyncScenario {

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContactRepository contacts;

    @Inject
    BillingProductRepository billingProducts;

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    @Transactional
    public long organization(String name) {
        return organizations.add(new Organization(name + " " + UUID.randomUUID().toString().substring(0, 8),
                Instant.now())).getId();
    }

    @Transactional
    public long billingProduct(String name) {
        return billingProducts.add(new ContactBillingProduct(name + " " + UUID.randomUUID())).getId();
    }

    @Transactional
    public long contact(long organizationId, String first, String middle, String last, String email, boolean active,
                        Long billingProductId) {
        Contact contact = contacts.add(new Contact(organizations.findById(organizationId).orElseThrow(),
                new PersonName(first, middle, last),
                billingProductId == null ? null : billingProducts.findById(billingProductId).orElseThrow(),
                Instant.now()));
        contact.changeEmail(email, Instant.now());
        if (!active) {
            contact.deactivate(Instant.now());
        }
        return contact.getId();
    }

    @Transactional
    public ContactState contactState(long contactId) {
        Contact c = contacts.findById(contactId).orElseThrow();
        return new ContactState(c.getName().first(), c.getName().middle(), c.getName().last(),
                c.getEmail().orElse(null), c.getTitle().orElse(null), c.isActive(),
                c.getBillingProduct().map(ContactBillingProduct::getName).orElse(null));
    }

    @Transactional
    public long countContacts(long organizationId) {
        return em.createQuery("select count(c) from Contact c where c.organization.id = :o", Long.class)
                .setParameter("o", organizationId).getSingleResult();
    }

    @Transactional
    public List<ContactState> contactsNamed(long organizationId, String last) {
        return em.createQuery("select c from Contact c where c.organization.id = :o and c.name.last = :last",
                        Contact.class).setParameter("o", organizationId).setParameter("last", last)
                .getResultList().stream().map(c -> contactState(c.getId())).toList();
    }

    @Transactional
    public DirectoryUser directoryUser(long configurationId, String anchor) {
        DirectoryUser user = em.createQuery("select u from DirectoryUser u left join fetch u.contact "
                        + "where u.configurationId = :c and u.anchor = :a", DirectoryUser.class)
                .setParameter("c", configurationId).setParameter("a", anchor).getSingleResult();
        em.detach(user);
        return user;
    }

    /** Every directory user of the configuration, detached, in id order. */
    @Transactional
    public List<DirectoryUser> directoryUsers(long configurationId) {
        List<DirectoryUser> found = em.createQuery("select u from DirectoryUser u left join fetch u.contact "
                        + "where u.configurationId = :c order by u.id", DirectoryUser.class)
                .setParameter("c", configurationId).getResultList();
        found.forEach(em::detach);
        return found;
    }

    @Transactional
    public String storedBindPassword(long configurationId) {
        return (String) em.createNativeQuery("select ldap_bind_password from sync_configuration where id = ?1")
                .setParameter(1, configurationId).getSingleResult();
    }

    /** Every contact of the organization, in id order, with its id: to show that a run wrote nothing. */
    @Transactional
    public List<String> allContacts(long organizationId) {
        return em.createQuery("select c from Contact c where c.organization.id = :o order by c.id", Contact.class)
                .setParameter("o", organizationId).getResultList().stream()
                .map(c -> c.getId() + " " + contactState(c.getId()) + " v" + c.getUpdatedAt()).toList();
    }

    /** Every directory user of the configuration, in id order, as stored: to show that a run wrote nothing. */
    @Transactional
    public List<String> allDirectoryUsers(long configurationId) {
        return em.createQuery("select u from DirectoryUser u left join fetch u.contact where u.configurationId = :c "
                        + "order by u.id", DirectoryUser.class)
                .setParameter("c", configurationId).getResultList().stream()
                .map(u -> u.getId() + " " + u.getAnchor() + " " + u.getState() + " " + u.isInScope() + " "
                        + u.isDisabled() + " " + u.getContact().map(c -> c.getId()).orElse(null) + " "
                        + u.getAttributes() + " " + u.getChangedAt())
                .toList();
    }

    /** Clears every attribute column of the user, as an entry that named only its id once left it. */
    @Transactional
    public void blankAttributes(long configurationId, String anchor) {
        em.createNativeQuery("update directory_user set dn = null, account_name = null, user_principal_name = null, "
                        + "display_name = null, first_name = null, middle_name = null, last_name = null, "
                        + "email = null, email_key = null, name_key = null, phone = null, mobile_phone = null, "
                        + "title = null, department = null where configuration_id = ?1 and anchor = ?2")
                .setParameter(1, configurationId).setParameter(2, anchor).executeUpdate();
    }

    /** How many rows of directory users there are under this id, scratch sets included. */
    @Transactional
    public long countDirectoryUserRows(long setId) {
        return ((Number) em.createNativeQuery("select count(*) from directory_user where configuration_id = ?1")
                .setParameter(1, setId).getSingleResult()).longValue();
    }

    public record ContactState(String first, String middle, String last, String email, String title, boolean active,
                               String billingProduct) {
    }
}
