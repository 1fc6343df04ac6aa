package org.adsync.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.adsync.health.DatabaseReadiness;
import org.adsync.health.ReadinessSource;
import org.adsync.health.SecretKeyReadiness;
import org.adsync.health.SyncsReadiness;
import org.adsync.platform.SchemaStatus;
import org.adsync.schedule.TimerCheckProgress;
import org.adsync.secret.SecretCipher;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The results of adsync's readiness checks, for the checks in the EAR's library (org.adsync.health) that
 * WildFly's health endpoint calls. Each says what is wrong and what to do, never a secret.
 */
@Stateless
@Local(ReadinessSource.class)
@PermitAll // the health endpoint calls without a user; it reveals no customer data
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessReport implements ReadinessSource {

    private static final Logger LOG = Logger.getLogger(ReadinessReport.class.getName());

    @Inject
    SchemaStatus schema;

    @Inject
    SecretCipher cipher;

    @Inject
    OperatingPicture picture;

    @Inject
    TimerCheckProgress timerCheck;

    @Override
    public Result check(String name) {
        try {
            return switch (name) {
                case DatabaseReadiness.NAME -> database();
                case SyncsReadiness.NAME -> syncs();
                case SecretKeyReadiness.NAME -> secretKey();
                default -> new Result(false, Map.of("error", "adsync has no readiness check " + name));
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The readiness check " + name + " failed", e);
            return new Result(false, Map.of("error", "The check could not run (" + e.getClass().getSimpleName()
                    + "); see the server log"));
        }
    }

    private Result database() {
        SchemaStatus.Versions versions = schema.read();
        return new Result(versions.upToDate(), Map.of("schemaVersion", versions.current(),
                "expectedVersion", versions.expected(), "pendingMigrations", versions.pending()));
    }

    private Result secretKey() {
        SecretCipher.KeyFileCheck check = cipher.checkKeyFile();
        return new Result(check.readable(), Map.of("message", check.message(),
                "keyFingerprint", check.fingerprint()));
    }

    /** DOWN only for a sync that will not run (no timer); failing syncs are the customers' trouble, shown as data. */
    private Result syncs() {
        FleetSnapshot fleet = picture.current();
        if (fleet.missingTimers() > 0) {
            fleet = picture.fresh(); // timers another server just created are not in an older picture
        }
        boolean repairing = timerCheck.repairing();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enabledSyncs", fleet.enabledSyncs());
        data.put("timers", fleet.timers());
        data.put("missingTimers", fleet.missingTimers());
        data.put("extraTimers", fleet.extraTimers());
        data.put("timerCheck", timerCheck.stage().name().toLowerCase(Locale.ROOT));
        data.put("running", fleet.running());
        data.put("failing", fleet.failing());
        if (fleet.failing() > 0) {
            data.put("degraded", fleet.failing() + " syncs failed their last " + FleetSnapshot.FAILING_AFTER
                    + " attempts");
        }
        if (fleet.missingTimers() > 0 && !repairing) {
            data.put("action", fleet.missingTimers() + " enabled syncs have no timer and will not run: restart the "
                    + "server (its timer check creates them) or save each sync again");
        }
        return new Result(fleet.missingTimers() == 0 || repairing, data);
    }
}
