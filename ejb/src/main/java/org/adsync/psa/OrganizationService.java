package org.adsync.psa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read facade over the PSA records for the console and the API. Each call reads in one transaction, so the views
 * are built from a consistent state of the records.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContactRepository contacts;

    @Inject
    BillingProductRepository billingProducts;

    public List<OrganizationSummary> organizations() {
        Map<Long, ContactTotals> counts = contacts.countsByOrganization();
        return organizations.findAllOrderedByName().stream()
                .map(o -> {
                    ContactTotals c = counts.getOrDefault(o.getId(), ContactTotals.NONE);
                    return OrganizationSummary.of(o, c.total(), c.active());
                })
                .toList();
    }

    public Optional<OrganizationSummary> organization(long id) {
        return organizations.findById(id).map(o -> {
            ContactQuery ofOrganization = ContactQuery.ofOrganization(id);
            long total = contacts.count(ofOrganization);
            long active = contacts.count(new ContactQuery(id, null, true, ContactQuery.SortField.LAST_NAME, false));
            return OrganizationSummary.of(o, total, active);
        });
    }

    public Optional<ContactView> contact(long id) {
        return contacts.findById(id).map(ContactView::of);
    }

    public List<ContactView> contacts(ContactQuery query, int first, int max) {
        return contacts.find(query, first, max).stream().map(ContactView::of).toList();
    }

    public long countContacts(ContactQuery query) {
        return contacts.count(query);
    }

    public List<BillingProductView> billingProducts() {
        return billingProducts.findAllOrderedByName().stream().map(BillingProductView::of).toList();
    }
}
