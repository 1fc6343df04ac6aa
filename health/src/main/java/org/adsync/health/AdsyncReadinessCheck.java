package org.adsync.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** One of adsync's readiness checks: its result comes from the EJB module, looked up at each call. */
abstract class AdsyncReadinessCheck implements HealthCheck {

    private final String name;

    AdsyncReadinessCheck(String name) {
        this.name = name;
    }

    @Override
    public HealthCheckResponse call() {
        ReadinessSource.Result result;
        try {
            result = ((ReadinessSource) new InitialContext().lookup(ReadinessSource.JNDI_NAME)).check(name);
        } catch (NamingException | RuntimeException e) {
            return HealthCheckResponse.named(name).down().withData("error", "adsync did not answer ("
                    + e.getClass().getSimpleName() + "): it is starting, stopping or failed to deploy; see the "
                    + "server log").build();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(result.up());
        result.data().forEach((key, value) -> {
            if (value instanceof Number number) {
                response.withData(key, number.longValue());
            } else if (value instanceof Boolean flag) {
                response.withData(key, flag);
            } else {
                response.withData(key, String.valueOf(value));
            }
        });
        return response.build();
    }
}
