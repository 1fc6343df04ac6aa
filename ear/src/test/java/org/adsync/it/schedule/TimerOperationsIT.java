package org.adsync.it.schedule;

import org.adsync.it.DatabaseSensitive;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.fixture.FixtureClient;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What an operator does with WildFly's own tools, through the management API that jboss-cli uses, at the path the
 * docs/administration.md gives: read an organization's timer, trigger it, cancel it; and a redeploy or a restart
 * keeps exactly one timer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DatabaseSensitive
class TimerOperationsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void operatorsReadTriggerAndCancelTheTimerAndRedeployAndRestartKeepExactlyOne() throws Exception {
        try (ModelControllerClient management = ModelControllerClient.Factory.create(
                InetAddress.getLoopbackAddress(), ServerUnderTest.managementPort())) {
            FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
            String name = FixtureClient.unique("Contoso");
            long configuration = fixtures.unreachableLdapSync(fixtures.organization(name));

            // The first sync runs at once (and fails: nothing listens); then the timer waits a day.
            await(() -> fixtures.attempts(configuration) == 1 && timers(management, configuration).size() == 1
                    && timeRemaining(timers(management, configuration).get(0)).toHours() >= 23);
            Property timer = timers(management, configuration).get(0);
            assertEquals("AD Sync of " + name + " (configuration " + configuration + ")",
                    timer.getValue().get("info").asString());
            assertTrue(timer.getValue().get("persistent").asBoolean());

            execute(management, Operations.createOperation("redeploy",
                    Operations.createAddress("deployment", "adsync.ear")));
            assertEquals(1, timers(management, configuration).size(), "a redeploy neither loses nor adds a timer");

            restart(management);
            assertEquals(1, timers(management, configuration).size(), "a restart neither loses nor adds a timer");

            execute(management, Operations.createOperation("trigger", timerAddress(timers(management,
                    configuration).get(0))));
            await(() -> fixtures.attempts(configuration) == 2);
            await(() -> timers(management, configuration).size() == 1
                    && timeRemaining(timers(management, configuration).get(0)).toHours() >= 23);

            execute(management, Operations.createOperation("cancel", timerAddress(timers(management,
                    configuration).get(0))));
            assertEquals(List.of(), timers(management, configuration));
            fixtures.removeSync(configuration);
        }
    }

    /** Restarts the server's services in the same JVM (":reload"), as a restart would, and waits for it. */
    private static void restart(ModelControllerClient management) throws Exception {
        execute(management, Operations.createOperation("reload"));
        await(() -> {
            try {
                ModelNode state = management.execute(Operations.createReadAttributeOperation(new ModelNode()
                        .setEmptyList(), "server-state"));
                return Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state)
                        .asString());
            } catch (IOException stillReloading) {
                return false;
            }
        });
    }

    /** The address the administrator's guide gives operators; timers are its children. */
    private static ModelNode timerService() {
        return Operations.createAddress("deployment", "adsync.ear", "subdeployment", "adsync-ejb.jar",
                "subsystem", "ejb3", "stateless-session-bean", "SyncTimers", "service", "timer-service");
    }

    private static ModelNode timerAddress(Property timer) {
        return timerAddress(timer.getName());
    }

    private static ModelNode timerAddress(String timer) {
        ModelNode address = timerService().clone();
        address.add("timer", timer);
        return address;
    }

    /**
     * The configuration's timers, read one by one as an operator would: a recursive read of the timer service fails
     * as a whole when any timer in it has just expired, or is one WildFly could not run while the database timer
     * store was away (DatabaseOutageIT leaves such a one behind in this server).
     */
    private static List<Property> timers(ModelControllerClient management, long configuration) throws IOException {
        ModelNode names = Operations.createOperation("read-children-names", timerService());
        names.get("child-type").set("timer");
        List<Property> timers = new ArrayList<>();
        for (ModelNode name : execute(management, names).asList()) {
            ModelNode read = Operations.createReadResourceOperation(timerAddress(name.asString()));
            read.get("include-runtime").set(true);
            ModelNode outcome = management.execute(read);
            if (Operations.isSuccessfulOutcome(outcome) && Operations.readResult(outcome).get("info").asString()
                    .endsWith("(configuration " + configuration + ")")) {
                timers.add(new Property(name.asString(), Operations.readResult(outcome)));
            }
        }
        return timers;
    }

    private static Duration timeRemaining(Property timer) {
        return Duration.ofMillis(timer.getValue().get("time-remaining").asLong());
    }

    private static ModelNode execute(ModelControllerClient management, ModelNode operation) throws IOException {
        ModelNode outcome = management.execute(operation);
        if (!Operations.isSuccessfulOutcome(outcome)) {
            fail(operation + " failed: " + Operations.getFailureDescription(outcome));
        }
        return Operations.readResult(outcome);
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(condition);
    }
}
