package org.adsync.api.sync;

import org.adsync.directory.CertificateObservation;
import org.adsync.directory.ConnectionTestReport;

import java.util.List;

/** Test Connection's answer: whether every step passed, each step's result, and the certificate seen. */
public record ConnectionTestResult(boolean succeeded, List<ConnectionTestReport.Step> steps,
                                   CertificateObservation certificate) {

    static ConnectionTestResult of(ConnectionTestReport report) {
        return new ConnectionTestResult(report.succeeded(), report.steps(), report.certificate());
    }
}
