package org.adsync.security.admin;

import jakarta.ejb.ApplicationException;
import org.adsync.platform.RequestRefusedException;

/**
 * A change of console users or security levels beyond what the acting user holds: the message names the rule
 * ({@link Delegation}). Nothing was changed; the refusal is audited.
 */
@ApplicationException(rollback = true)
public class DelegationRefusedException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    public DelegationRefusedException(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
