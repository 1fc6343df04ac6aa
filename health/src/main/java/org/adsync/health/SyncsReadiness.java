package org.adsync.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every enabled sync has its timer, or the timer check at startup is still repairing them. Syncs that
 * keep failing are reported as data, never as DOWN: a customer's expired password must not take servers out.
 */
@Readiness
@ApplicationScoped
public class SyncsReadiness extends AdsyncReadinessCheck {

    public static final String NAME = "adsync-syncs";

    public SyncsReadiness() {
        super(NAME);
    }
}
