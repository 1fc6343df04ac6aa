package org.adsync.api.sync;

import org.adsync.api.problem.InvalidRequestException;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListQuery.SortField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code GET /syncs}' query parameters into the list's query, naming each one of the wrong form. */
final class SyncListQueries {

    /** The sort names, as the columns are called in the JSON rows. */
    private static final Map<String, SortField> SORTS = Map.of("organization", SortField.ORGANIZATION,
            "enabled", SortField.ENABLED, "directoryType", SortField.DIRECTORY_TYPE,
            "syncedUsers", SortField.SYNCED_USERS, "conflicts", SortField.CONFLICTS, "ssl", SortField.SSL_STATUS,
            "lastSyncAt", SortField.LAST_SYNC, "nextSyncAt", SortField.NEXT_SYNC,
            "billingProduct", SortField.BILLING_PRODUCT);

    private SyncListQueries() {
    }

    static SyncListQuery of(String organization, String type, String enabled, String sort, String order) {
        List<FieldProblem> problems = new ArrayList<>();
        DirectoryType directoryType = SyncRequests.parse(DirectoryType.class, type, "type", problems);
        Boolean isEnabled = null;
        if (enabled != null && !enabled.equals("true") && !enabled.equals("false")) {
            problems.add(new FieldProblem("enabled", "Filter with enabled=true or enabled=false"));
        } else if (enabled != null) {
            isEnabled = Boolean.valueOf(enabled);
        }
        SortField sortField = sort == null ? SortField.ORGANIZATION : SORTS.get(sort);
        if (sortField == null) {
            problems.add(new FieldProblem("sort", "Sort by one of " + String.join(", ", SORTS.keySet().stream()
                    .sorted().toList())));
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            problems.add(new FieldProblem("order", "Order asc or desc"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new SyncListQuery(organization, directoryType, isEnabled, sortField, "desc".equals(order));
    }
}
