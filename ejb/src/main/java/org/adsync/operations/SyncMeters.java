package org.adsync.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.adsync.directory.DirectoryFailure;
import org.adsync.directory.DirectoryThrottled;
import org.adsync.sync.AttemptCounts;
import org.adsync.sync.SyncAttemptEnded;
import org.adsync.sync.SyncAttemptStarted;
import org.adsync.sync.SyncLeaseTakenOver;
import org.adsync.sync.SyncTrigger;

import java.util.Locale;

/**
 * Counts what this server's syncs did, from the events the engine fires once the attempt's record committed. In a
 * cluster each server counts its own runs: sum them across servers. Meters are created through the registry's
 * name-and-tags methods only: WildFly's application registry ignores meter builders' own settings (WFLYMMTREXT0015),
 * so the duration is a summary (count, sum, max) rather than a histogram.
 */
@ApplicationScoped
public class SyncMeters {

    @Inject
    MeterRegistry registry;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncAttemptStarted event) {
        registry.counter("adsync.syncs.started", "trigger", label(event.trigger())).increment();
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncAttemptEnded event) {
        Tags tags = Tags.of("trigger", label(event.trigger()), "outcome", label(event.outcome()));
        registry.counter("adsync.syncs.ended", tags).increment();
        registry.timer("adsync.sync.duration", tags).record(event.duration());
        AttemptCounts counts = event.counts();
        registry.summary("adsync.sync.users.read", "trigger", label(event.trigger())).record(counts.read());
        if (event.trigger() != SyncTrigger.PREVIEW) { // a preview changes no contact
            contacts("created").increment(counts.created());
            contacts("updated").increment(counts.updated());
            contacts("deactivated").increment(counts.deactivated());
            contacts("reactivated").increment(counts.reactivated());
        }
    }

    void leaseTakenOver(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncLeaseTakenOver event) {
        registry.counter("adsync.leases.taken.over").increment();
    }

    void throttled(@Observes DirectoryThrottled event) {
        registry.counter("adsync.directory.throttled", "directory", label(event.directoryType()),
                "status", Integer.toString(event.status())).increment();
    }

    void directoryFailed(@Observes DirectoryFailure event) {
        registry.counter("adsync.directory.errors", "directory", label(event.directoryType()),
                "kind", event.kind()).increment();
    }

    private Counter contacts(String change) {
        return registry.counter("adsync.contacts.changed", "change", change);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
