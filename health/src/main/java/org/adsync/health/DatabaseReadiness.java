package org.adsync.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is at the version this build of adsync expects. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends AdsyncReadinessCheck {

    public static final String NAME = "adsync-database";

    public DatabaseReadiness() {
        super(NAME);
    }
}
