package org.adsync.console.sync;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.sync.DirectoryUserFilter;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserView;
import org.adsync.sync.admin.DirectoryUserAdministration;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Pages a sync's directory users from the database, as the tab's filters chose. */
public class DirectoryUserLazyModel extends ByIdLazyDataModel<DirectoryUserView> {

    private static final long serialVersionUID = 1L;

    private final DirectoryUserAdministration service;
    private final long configurationId;
    private final Supplier<DirectoryUserFilter> filter;

    public DirectoryUserLazyModel(DirectoryUserAdministration service, long configurationId,
                                  Supplier<DirectoryUserFilter> filter) {
        this.service = service;
        this.configurationId = configurationId;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(configurationId, filter.get()));
    }

    @Override
    public List<DirectoryUserView> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                        Map<String, FilterMeta> filters) {
        SortMeta sort = sorts.values().stream().findFirst().orElse(null);
        return service.users(configurationId, filter.get(), sort == null ? DirectoryUserSort.NAME : sortOf(sort),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, first, pageSize);
    }

    @Override
    protected long idOf(DirectoryUserView user) {
        return user.id();
    }

    private static DirectoryUserSort sortOf(SortMeta sort) {
        return switch (sort.getField()) {
            case "email" -> DirectoryUserSort.EMAIL;
            case "userPrincipalName" -> DirectoryUserSort.USER_PRINCIPAL_NAME;
            case "state" -> DirectoryUserSort.STATUS;
            case "changedAt" -> DirectoryUserSort.CHANGED;
            default -> DirectoryUserSort.NAME;
        };
    }
}
