package org.adsync.console.sync;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.sync.DirectoryUserAdministration;
import org.adsync.sync.DirectoryUserSort;
import org.adsync.sync.DirectoryUserState;
import org.adsync.sync.DirectoryUserView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Pages a sync's directory users from the database, in the status the tab's filter chose. */
public class DirectoryUserLazyModel extends ByIdLazyDataModel<DirectoryUserView> {

    private static final long serialVersionUID = 1L;

    private final DirectoryUserAdministration service;
    private final long configurationId;
    private final Supplier<DirectoryUserState> status;

    public DirectoryUserLazyModel(DirectoryUserAdministration service, long configurationId,
                                  Supplier<DirectoryUserState> status) {
        this.service = service;
        this.configurationId = configurationId;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(configurationId, status.get()));
    }

    @Override
    public List<DirectoryUserView> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                        Map<String, FilterMeta> filters) {
        SortMeta sort = sorts.values().stream().findFirst().orElse(null);
        return service.users(configurationId, status.get(), sort == null ? DirectoryUserSort.NAME : sortOf(sort),
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
