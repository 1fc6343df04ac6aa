package org.adsync.console.organization;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.psa.ContactQuery;
import org.adsync.psa.ContactView;
import org.adsync.psa.OrganizationService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/**
 * Pages contacts from the database as the table asks for them: an organization may have hundreds of thousands.
 * The global filter searches names and email; sorting follows the clicked column.
 */
public class ContactLazyModel extends ByIdLazyDataModel<ContactView> {

    private static final long serialVersionUID = 1L;

    private final OrganizationService service;
    private final ContactQuery baseQuery;

    public ContactLazyModel(OrganizationService service, ContactQuery baseQuery) {
        this.service = service;
        this.baseQuery = baseQuery;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, service.countContacts(query(Map.of(), filters)));
    }

    @Override
    public List<ContactView> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                  Map<String, FilterMeta> filters) {
        return service.contacts(query(sorts, filters), first, pageSize);
    }

    @Override
    protected long idOf(ContactView contact) {
        return contact.id();
    }

    private ContactQuery query(Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        ContactQuery query = baseQuery;
        FilterMeta global = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
        if (global != null && global.getFilterValue() != null) {
            query = query.containing(global.getFilterValue().toString());
        }
        for (SortMeta sort : sorts.values()) {
            ContactQuery.SortField field = switch (sort.getField()) {
                case "firstName" -> ContactQuery.SortField.FIRST_NAME;
                case "email" -> ContactQuery.SortField.EMAIL;
                case "organizationName" -> ContactQuery.SortField.ORGANIZATION;
                case "updatedAt" -> ContactQuery.SortField.UPDATED;
                default -> ContactQuery.SortField.LAST_NAME;
            };
            query = query.sortedBy(field, sort.getOrder() == SortOrder.DESCENDING);
        }
        return query;
    }
}
