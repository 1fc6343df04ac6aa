package org.adsync.health;

import java.util.Map;

/**
 * What the EJB module answers a readiness check with (its session bean ReadinessReport). Looked up by the checks
 * under {@link #JNDI_NAME}: the EAR's library cannot see the EJB module's classes, only this interface.
 */
public interface ReadinessSource {

    String JNDI_NAME = "java:global/adsync/adsync-ejb/ReadinessReport!org.adsync.health.ReadinessSource";

    /** The named check's result, computed now. */
    Result check(String name);

    /** Whether the check passes, and what an operator should see with it (strings and numbers). */
    record Result(boolean up, Map<String, Object> data) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        public Result {
            data = Map.copyOf(data);
        }
    }
}
