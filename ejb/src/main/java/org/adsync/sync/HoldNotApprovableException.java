package org.adsync.sync;

import jakarta.ejb.ApplicationException;
import org.adsync.platform.RequestRefusedException;

/**
 * A held sync that can no longer be approved or rejected (the settings changed since, a later run was not held, or
 * it was rejected): the message says why and what to do instead. Nothing was started.
 */
@ApplicationException(rollback = true)
public class HoldNotApprovableException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public HoldNotApprovableException(String reason) {
        super(Kind.CONFLICT, reason);
    }
}
