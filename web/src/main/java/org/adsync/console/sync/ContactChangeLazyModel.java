package org.adsync.console.sync;

import org.adsync.console.ByIdLazyDataModel;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeView;
import org.adsync.sync.admin.AttemptChanges;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Pages an attempt's changes to contacts from the database, of the kind the tab's filter chose. */
public class ContactChangeLazyModel extends ByIdLazyDataModel<ContactChangeView> {

    private static final long serialVersionUID = 1L;

    private final AttemptChanges service;
    private final long configurationId;
    private final LongSupplier attemptId;
    private final Supplier<ContactChangeKind> kind;

    public ContactChangeLazyModel(AttemptChanges service, long configurationId, LongSupplier attemptId,
                                  Supplier<ContactChangeKind> kind) {
        this.service = service;
        this.configurationId = configurationId;
        this.attemptId = attemptId;
        this.kind = kind;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE,
                service.page(configurationId, attemptId.getAsLong(), kind.get(), 0, 1).total());
    }

    @Override
    public List<ContactChangeView> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                        Map<String, FilterMeta> filters) {
        return service.page(configurationId, attemptId.getAsLong(), kind.get(), first, pageSize).changes();
    }

    @Override
    protected long idOf(ContactChangeView change) {
        return change.id();
    }
}
