package org.adsync.console.sync;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.directory.DirectoryType;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListQuery.SortField;
import org.adsync.sync.SyncListRow;
import org.adsync.sync.admin.SyncList;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/** Pages the AD Sync list from the database, so that 10,000 configurations open as fast as ten. */
public class SyncLazyModel extends ByIdLazyDataModel<SyncListRow> {

    private static final long serialVersionUID = 1L;

    private final SyncList service;

    public SyncLazyModel(SyncList service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(query(Map.of(), filters)));
    }

    @Override
    public List<SyncListRow> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                  Map<String, FilterMeta> filters) {
        return service.rows(query(sorts, filters), first, pageSize);
    }

    @Override
    protected long idOf(SyncListRow row) {
        return row.id();
    }

    static SyncListQuery query(Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        SortMeta sort = sorts.values().stream().findFirst().orElse(null);
        return new SyncListQuery(text(filters, "organizationName"), directoryType(text(filters, "directoryType")),
                enabled(text(filters, "enabled")), sort == null ? SortField.ORGANIZATION : sortField(sort.getField()),
                sort != null && sort.getOrder() == SortOrder.DESCENDING);
    }

    private static SortField sortField(String field) {
        return switch (field) {
            case "enabled" -> SortField.ENABLED;
            case "directoryType" -> SortField.DIRECTORY_TYPE;
            case "syncedUsers" -> SortField.SYNCED_USERS;
            case "conflicts" -> SortField.CONFLICTS;
            case "sslStatus" -> SortField.SSL_STATUS;
            case "lastSyncAt" -> SortField.LAST_SYNC;
            case "nextSyncAt" -> SortField.NEXT_SYNC;
            case "billingProductName" -> SortField.BILLING_PRODUCT;
            default -> SortField.ORGANIZATION;
        };
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta filter = filters.get(field);
        Object value = filter == null ? null : filter.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static DirectoryType directoryType(String value) {
        return value == null ? null : DirectoryType.valueOf(value);
    }

    private static Boolean enabled(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
