package org.adsync.console.sync;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.directory.DirectoryType;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListQuery.SortField;
import org.adsync.sync.SyncListRow;
import org.adsync.sync.SyncOutcome;
import org.adsync.sync.admin.SyncList;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Pages the AD Sync list from the database, so that 10,000 configurations open as fast as ten. */
public class SyncLazyModel extends ByIdLazyDataModel<SyncListRow> {

    private static final long serialVersionUID = 1L;

    private final SyncList service;
    private final Loaded loaded;
    private SyncListQuery shownQuery = query(Map.of(), Map.of());
    private int shownFirst;

    /** Told each time the table has loaded its rows (a sort, a filter, a page, a poll). */
    @FunctionalInterface
    public interface Loaded extends Serializable {
        void rowsLoaded(SyncLazyModel model);
    }

    public SyncLazyModel(SyncList service, Loaded loaded) {
        this.service = service;
        this.loaded = loaded;
    }

    /** What the table shows now: its filters and sort, as the page's address keeps them. */
    public SyncListQuery shownQuery() {
        return shownQuery;
    }

    /** The index of the first row shown. */
    public int shownFirst() {
        return shownFirst;
    }

    /** Whether a sync of a row shown is running: the page polls until none is. */
    public boolean anyRunning() {
        return getWrappedData() != null && getWrappedData().stream().anyMatch(SyncLazyModel::running);
    }

    static boolean running(SyncListRow row) {
        return !row.lastAttempts().isEmpty() && row.lastAttempts().get(0).outcome() == SyncOutcome.RUNNING;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(query(Map.of(), filters)));
    }

    @Override
    public List<SyncListRow> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                  Map<String, FilterMeta> filters) {
        shownQuery = query(sorts, filters);
        shownFirst = first;
        List<SyncListRow> rows = service.rows(shownQuery, first, pageSize);
        setWrappedData(rows);
        loaded.rowsLoaded(this);
        return rows;
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

    /** The column field a sort is by (the inverse of {@link #sortField(String)}). */
    static String fieldOf(SortField sort) {
        return switch (sort) {
            case ENABLED -> "enabled";
            case DIRECTORY_TYPE -> "directoryType";
            case SYNCED_USERS -> "syncedUsers";
            case CONFLICTS -> "conflicts";
            case SSL_STATUS -> "sslStatus";
            case LAST_SYNC -> "lastSyncAt";
            case NEXT_SYNC -> "nextSyncAt";
            case BILLING_PRODUCT -> "billingProductName";
            case ORGANIZATION -> "organizationName";
        };
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
