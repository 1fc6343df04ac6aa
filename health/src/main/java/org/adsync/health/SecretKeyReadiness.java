package org.adsync.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the secret key file holds the key this server encrypts the stored secrets with. */
@Readiness
@ApplicationScoped
public class SecretKeyReadiness extends AdsyncReadinessCheck {

    public static final String NAME = "adsync-secret-key";

    public SecretKeyReadiness() {
        super(NAME);
    }
}
