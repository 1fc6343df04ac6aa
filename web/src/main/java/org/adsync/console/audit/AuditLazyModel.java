package org.adsync.console.audit;

import org.adsync.audit.AuditEventView;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditQuery;
import org.adsync.console.ByIdLazyDataModel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Pages the audit trail from the database, newest first, as the page's filters say. */
public class AuditLazyModel extends ByIdLazyDataModel<AuditEventView> {

    private static final long serialVersionUID = 1L;

    private final AuditLog audit;
    private final Supplier<AuditQuery> query;

    public AuditLazyModel(AuditLog audit, Supplier<AuditQuery> query) {
        this.audit = audit;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, audit.count(query.get()));
    }

    @Override
    public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sorts,
                                     Map<String, FilterMeta> filters) {
        return audit.find(query.get(), first, pageSize);
    }

    @Override
    protected long idOf(AuditEventView event) {
        return event.id();
    }
}
