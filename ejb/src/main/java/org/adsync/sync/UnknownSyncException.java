package org.adsync.sync;

import org.adsync.platform.RequestRefusedException;
/** An id names no configuration, directory user or contact that the request may use. */
public class UnknownSyncException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownSyncException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
