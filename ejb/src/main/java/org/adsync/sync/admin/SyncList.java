package org.adsync.sync.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.adsync.sync.SyncAttempt;
import org.adsync.sync.SyncAttemptRepository;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncConfigurationRepository;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListRow;

import java.util.List;
import java.util.Map;

/**
 * The AD Sync list page's data, a page at a time: two queries per page (the rows, then their last attempts),
 * however many configurations there are.
 */
@ApplicationScoped
@Transactional
public class SyncList {

    @Inject
    SyncConfigurationRepository configurations;

    @Inject
    SyncAttemptRepository attempts;

    public List<SyncListRow> rows(SyncListQuery query, int first, int max) {
        List<SyncListRow> rows = configurations.findRows(query, first, max);
        Map<Long, List<SyncAttempt>> latest = attempts.latestOf(rows.stream().map(SyncListRow::id).toList(),
                SyncAttempt.STATUS_HISTORY);
        return rows.stream().map(row -> row.withLastAttempts(latest.getOrDefault(row.id(), List.of()).stream()
                .map(SyncAttemptView::of).toList())).toList();
    }

    public long count(SyncListQuery query) {
        return configurations.countRows(query);
    }
}
