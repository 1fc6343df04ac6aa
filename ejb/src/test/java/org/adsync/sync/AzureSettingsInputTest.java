package org.adsync.sync;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.graph.AzureCloud;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AzureSettingsInputTest {

    private static final String GUID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aTenantIsAGuidOrAVerifiedDomainAndTheCloudGivesTheHosts() {
        AzureSettingsInput byId = valid().build();
        assertTrue(problems(byId).isEmpty(), problems(byId).toString());
        assertEquals("login.microsoftonline.com", byId.loginHost());
        assertEquals("graph.microsoft.com", byId.graphHost());

        AzureSettingsInput byDomain = valid().tenantId("contoso.onmicrosoft.com").cloud(AzureCloud.US_GOVERNMENT)
                .loginHost("ignored.example").build();
        assertTrue(problems(byDomain).isEmpty(), problems(byDomain).toString());
        assertEquals("login.microsoftonline.us", byDomain.loginHost(), "a listed cloud's hosts cannot be overridden");
        assertEquals("graph.microsoft.us", byDomain.graphHost());
    }

    @Test
    void eachWrongFieldIsNamed() {
        List<FieldProblem> problems = problems(new AzureSettingsInput.Builder().tenantId("Contoso Ltd")
                .clientId("my app").groupId("All Staff").cloud(AzureCloud.CUSTOM).graphHost("graph proxy!").build());
        assertEquals(List.of("tenantId", "clientId", "groupId", "loginHost", "graphHost"),
                problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(2).message().contains("object ID"), problems.get(2).message());
    }

    @Test
    void customHostsArePastedWithOrWithoutSchemeAndPath() {
        AzureSettingsInput input = valid().cloud(AzureCloud.CUSTOM).loginHost("https://Login.Proxy.Example:8443/")
                .graphHost("graph.proxy.example/v1.0").build();
        assertTrue(problems(input).isEmpty(), problems(input).toString());
        assertEquals("login.proxy.example:8443", input.loginHost());
        assertEquals("graph.proxy.example", input.graphHost());
    }

    @Test
    void aBlankSecretMeansKeepTheStoredOneAndIsNeverPrinted() {
        assertTrue(!valid().secret("").build().hasSecret());
        String printed = valid().secret("s3cr3t~value").build().toString();
        assertTrue(!printed.contains("s3cr3t") && printed.contains("(given)"), printed);
    }

    @Test
    void theListWarnsThirtyDaysBeforeTheSecretExpires() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(SecretExpiry.UNKNOWN, SecretExpiry.of(null, today));
        assertEquals(SecretExpiry.VALID, SecretExpiry.of(today.plusDays(31), today));
        assertEquals(SecretExpiry.EXPIRING_SOON, SecretExpiry.of(today.plusDays(30), today));
        assertEquals(SecretExpiry.EXPIRING_SOON, SecretExpiry.of(today, today), "valid through its last day");
        assertEquals(SecretExpiry.EXPIRED, SecretExpiry.of(today.minusDays(1), today));
    }

    @Test
    void aSyncRemindsOfTheSecretOnlyWhileTheListWarns() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(Optional.empty(), SecretExpiry.reminder(null, today));
        assertEquals(Optional.empty(), SecretExpiry.reminder(today.plusDays(31), today));
        assertTrue(SecretExpiry.reminder(today.plusDays(12), today).orElseThrow()
                .startsWith("The client secret expires on 2026-12-08 (in 12 days): create a new secret"));
        assertTrue(SecretExpiry.reminder(today.minusDays(1), today).orElseThrow().contains("correct the date"));
    }

    /** The problems as the console and the API get them: Bean Validation of the record's constraints. */
    private static List<FieldProblem> problems(AzureSettingsInput input) {
        return ConstraintProblems.of(VALIDATOR.validate(input), AzureSettingsInput.class);
    }

    private static AzureSettingsInput.Builder valid() {
        return new AzureSettingsInput.Builder().tenantId(GUID).clientId("0c6a1b2e-3d4f-4a5b-8c7d-9e0f1a2b3c4d");
    }

    @Test
    void aHugeValueIsEchoedOnlyInPart() {
        String huge = "x".repeat(100_000);

        FieldProblem problem = problems(new AzureSettingsInput.Builder().tenantId(huge).clientId(GUID).build()).get(0);

        assertEquals("tenantId", problem.field());
        assertTrue(problem.message().contains("'" + "x".repeat(FieldProblem.MAX_ECHOED_CHARACTERS) + "…'"),
                problem.message().substring(0, 80));
        assertTrue(problem.message().length() < FieldProblem.MAX_ECHOED_CHARACTERS + 200, "bounded");
    }
}
