package org.adsync.console.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.sync.SyncListQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list page's filters, sort and page as its address keeps them ({@code ?name=con&sort=conflicts&order=desc}),
 * so that Back, a bookmark or a link sent to a colleague opens the same view. Only what differs from the default
 * view is written.
 */
public final class SyncListAddress {

    private SyncListAddress() {
    }

    /** The query string (without "?") of this view; empty for the default one. */
    public static String of(SyncListQuery query, int first) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "name", query.organizationName());
        put(parameters, "enabled", query.enabled() == null ? null : query.enabled().toString());
        put(parameters, "type", query.directoryType() == null ? null : query.directoryType().name());
        if (query.sort() != SyncListQuery.SortField.ORGANIZATION || query.descending()) {
            parameters.put("sort", SyncLazyModel.fieldOf(query.sort()));
            parameters.put("order", query.descending() ? "desc" : "asc");
        }
        if (first > 0) {
            parameters.put("first", Integer.toString(first));
        }
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A directory type from the address; null (all types) for anything else. */
    public static String directoryType(String value) {
        for (DirectoryType type : DirectoryType.values()) {
            if (type.name().equals(value)) {
                return value;
            }
        }
        return null;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
