package org.adsync.it.cluster;

import org.adsync.it.cluster.ClusterOfTwo.Node;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.Property;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;

/**
 * One server's sync timers as jboss-cli shows them, and the operator's "trigger" on one, through one connection to
 * its management interface (closing it interrupts an operation still running, such as a triggered timeout).
 */
final class Management implements AutoCloseable {

    private final Node node;
    private final ModelControllerClient client;

    Management(Node node) {
        this.node = node;
        this.client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), 9990 + node.portOffset());
    }

    /** A timer of the sync timer bean, by its id in the management model. */
    record SyncTimer(String id, Instant nextTimeout) {
    }

    List<SyncTimer> timersOf(long configuration) throws IOException {
        ModelNode timers = Operations.readResult(readTimerService()).get("timer");
        return (timers.isDefined() ? timers.asPropertyList() : List.<Property>of()).stream()
                .filter(timer -> timer.getValue().get("info").asString().endsWith("(configuration "
                        + configuration + ")"))
                .map(timer -> new SyncTimer(timer.getName(),
                        Instant.ofEpochMilli(timer.getValue().get("next-timeout").asLong())))
                .toList();
    }

    /**
     * Reads the timer service with its timers. A timer that fires while the read walks the timers fails the whole
     * read ("WFLYEJB0330: Timer … has expired"); the read is then repeated, as an operator would.
     */
    private ModelNode readTimerService() throws IOException {
        ModelNode read = Operations.createReadResourceOperation(timerService(), true);
        read.get("include-runtime").set(true);
        for (int attempt = 1; ; attempt++) {
            ModelNode result = client.execute(read);
            if (Operations.isSuccessfulOutcome(result) || attempt == 5
                    || !Operations.getFailureDescription(result).asString().contains("WFLYEJB0330")) {
                return check(read, result);
            }
        }
    }

    void trigger(SyncTimer timer) throws IOException {
        execute(Operations.createOperation("trigger", timerService().add("timer", timer.id())));
    }

    private static ModelNode timerService() {
        return Operations.createAddress("deployment", "adsync.ear", "subdeployment", "adsync-ejb.jar",
                "subsystem", "ejb3", "stateless-session-bean", "SyncTimers", "service", "timer-service");
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        return check(operation, client.execute(operation));
    }

    private ModelNode check(ModelNode operation, ModelNode result) {
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new AssertionError(operation + " failed on " + node.name() + ": " + result);
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
