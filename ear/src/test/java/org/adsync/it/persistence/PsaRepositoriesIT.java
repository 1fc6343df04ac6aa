package org.adsync.it.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.adsync.it.DatabaseSensitive;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.ContactView;
import org.adsync.psa.InvalidPsaRecordException;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.PersonName;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PSA record repositories against the migrated schema, inside the server (H2 or PostgreSQL run). */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class PsaRepositoriesIT {

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContactRepository contacts;

    @Inject
    BillingProductRepository billingProducts;

    @Inject
    OrganizationService service;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "adsync")
    EntityManager em;

    @Test
    void contactsAreStoredWithTheirOrganizationAndBillingProductAndReadBackAsViews() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        ContactBillingProduct product = billingProducts.add(new ContactBillingProduct("Product " + suffix));
        Organization organization = organizations.add(new Organization("Org " + suffix, Instant.now()));
        Contact ada = contacts.add(new Contact(organization, new PersonName("Ada", "K", "Lovelace"), product,
                Instant.now()));
        ada.changeEmail("Ada.Lovelace@Example.COM", Instant.now());
        ada.changePhones("+44 20 7946 0000", "+44 7700 900000", Instant.now());
        ada.changeTitle("Analyst", Instant.now());
        Contact alan = contacts.add(new Contact(organization, new PersonName("Alan", null, "Turing"), null,
                Instant.now()));
        alan.deactivate(Instant.now());
        transaction.commit();

        List<ContactView> stored = service.contacts(ContactQuery.ofOrganization(organization.getId()), 0, 10);

        assertEquals(2, stored.size());
        ContactView first = stored.get(0);
        assertEquals("Lovelace", first.lastName());
        assertEquals("K", first.middleName());
        assertEquals("Ada.Lovelace@Example.COM", first.email(), "the email keeps its case");
        assertEquals("+44 7700 900000", first.mobilePhone());
        assertEquals("Product " + suffix, first.billingProduct());
        assertTrue(first.active());
        assertEquals("Turing", stored.get(1).lastName());
        assertEquals(false, stored.get(1).active());
        assertEquals(2, service.organization(organization.getId()).orElseThrow().contacts());
        assertEquals(1, service.organization(organization.getId()).orElseThrow().activeContacts());
    }

    @Test
    void searchIgnoresCaseAndTakesWildcardsLiterally() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        Organization organization = organizations.add(new Organization("Search " + suffix, Instant.now()));
        contacts.add(new Contact(organization, new PersonName("Grace", null, "Hopper"), null, Instant.now()))
                .changeEmail("GRACE@NAVY.example", Instant.now());
        contacts.add(new Contact(organization, new PersonName("Percent", null, "100%"), null, Instant.now()));
        contacts.add(new Contact(organization, new PersonName("Under", null, "Score_d"), null, Instant.now()));
        transaction.commit();
        ContactQuery ofOrganization = ContactQuery.ofOrganization(organization.getId());

        assertEquals(List.of("Hopper"), lastNames(ofOrganization.containing("grace@navy")));
        assertEquals(List.of("100%"), lastNames(ofOrganization.containing("%")));
        assertEquals(List.of("Score_d"), lastNames(ofOrganization.containing("_")));
        assertEquals(3, service.countContacts(ofOrganization));
    }

    @Test
    void contactsArePagedAndSortedInTheDatabase() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        Organization organization = organizations.add(new Organization("Paging " + suffix, Instant.now()));
        for (int i = 0; i < 30; i++) {
            contacts.add(new Contact(organization, new PersonName("P", null, String.format("Name%02d", i)), null,
                    Instant.now()));
        }
        transaction.commit();
        ContactQuery descending = ContactQuery.ofOrganization(organization.getId())
                .sortedBy(ContactQuery.SortField.LAST_NAME, true);

        List<String> secondPage = lastNames(descending, 10, 10);

        assertEquals(List.of("Name19", "Name18", "Name17", "Name16", "Name15", "Name14", "Name13", "Name12",
                "Name11", "Name10"), secondPage);
    }

    @Test
    void aDuplicateBillingProductNameIsRefusedAndNothingIsWritten() throws Exception {
        String name = "Duplicate " + UUID.randomUUID();
        transaction.begin();
        billingProducts.add(new ContactBillingProduct(name));
        transaction.commit();

        transaction.begin();
        InvalidPsaRecordException taken = assertThrows(InvalidPsaRecordException.class,
                () -> billingProducts.add(new ContactBillingProduct(name.toUpperCase(Locale.ROOT))),
                "the unique index decides at once, and says so on the name");
        assertEquals("name", taken.field());
        transaction.rollback();

        assertEquals(1, em.createQuery("select count(p) from ContactBillingProduct p where p.name = :name", Long.class)
                .setParameter("name", name).getSingleResult());
    }

    @Test
    void theSchemaIsOwnedByTheVersionedMigrations() {
        Number applied = (Number) em.createNativeQuery(
                "select count(*) from \"schema_history\" where \"version\" = '1' and \"success\" = true")
                .getSingleResult();

        assertEquals(1, applied.intValue());
    }

    private List<String> lastNames(ContactQuery query) {
        return lastNames(query, 0, 100);
    }

    private List<String> lastNames(ContactQuery query, int first, int max) {
        return service.contacts(query, first, max).stream().map(ContactView::lastName).toList();
    }
}
