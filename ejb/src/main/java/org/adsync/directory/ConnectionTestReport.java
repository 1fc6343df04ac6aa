package org.adsync.directory;

import java.util.List;

/** Test Connection's answer: each step in order, what it found, and the certificate if one was seen. */
public record ConnectionTestReport(List<Step> steps, CertificateObservation certificate) {

    public record Step(String name, boolean succeeded, String detail) {
    }

    public boolean succeeded() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::succeeded);
    }
}
