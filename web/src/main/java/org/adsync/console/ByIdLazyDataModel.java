package org.adsync.console;

import org.primefaces.model.LazyDataModel;

/**
 * A lazily loaded table whose rows are found again by their database id: what selection, row menus and row
 * buttons need across ajax requests.
 */
public abstract class ByIdLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    protected abstract long idOf(T row);

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    /** The row among those of the current page. */
    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
