package org.adsync.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.psa.BillingProductRepository;
import org.adsync.psa.Contact;
import org.adsync.psa.ContactBillingProduct;
import org.adsync.psa.ContactRepository;
import org.adsync.psa.Organization;
import org.adsync.psa.OrganizationRepository;
import org.adsync.psa.PersonName;

import java.time.Instant;
import java.util.List;

/**
 * The demo's customer organizations. Contoso's contacts overlap with the demo directory (some by email, some only
 * by name, one inactive) so that a first sync shows every matching rule at work.
 */
@ApplicationScoped
class DemoOrganizations {

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContactRepository contacts;

    @Inject
    BillingProductRepository billingProducts;

    @Transactional
    void create() {
        Instant now = Instant.now();
        ContactBillingProduct standard = billingProducts.add(new ContactBillingProduct("Standard User"));
        ContactBillingProduct premium = billingProducts.add(new ContactBillingProduct("Premium User"));
        billingProducts.add(new ContactBillingProduct("Shared Mailbox"));

        Organization contoso = organizations.add(new Organization("Contoso Ltd", now));
        List<DemoPerson> directoryPeople = DemoPeople.generate();
        for (int i = 0; i < 40; i++) {
            DemoPerson person = directoryPeople.get(i * 5);
            Contact contact = contacts.add(new Contact(contoso, person.name(), i % 3 == 0 ? premium : standard, now));
            if (i % 4 != 0) {
                // Every fourth contact has no email in the PSA, so the sync matches it by name.
                contact.changeEmail(person.email(), now);
            }
            contact.changeTitle(person.title(), now);
            if (i % 10 == 9) {
                contact.deactivate(now);
            }
        }

        String[] others = {"Fabrikam Inc", "Northwind Traders", "Tailspin Toys", "Woodgrove Bank"};
        for (int o = 0; o < others.length; o++) {
            Organization organization = organizations.add(new Organization(others[o], now));
            String domain = others[o].toLowerCase().replaceAll("[^a-z]", "") + ".example";
            for (int i = 0; i < 6 + o; i++) {
                PersonName name = DemoPeople.nameAt(o * 31 + i * 7);
                Contact contact = contacts.add(new Contact(organization, name, standard, now));
                contact.changeEmail(DemoPeople.emailFor(name, domain), now);
                contact.changePhones("+1 555 01" + (10 + o) + " " + (1000 + i), null, now);
            }
        }
    }
}
