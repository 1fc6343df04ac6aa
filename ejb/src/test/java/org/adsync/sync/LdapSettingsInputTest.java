package org.adsync.sync;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.adsync.directory.FieldProblem;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the console and the API say about LDAP settings that cannot be right, from the record's constraints. */
class LdapSettingsInputTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void everyWrongFieldIsNamedInTheFormsOrderWithTheValueRepeated() {
        LdapSettingsInput input = new LdapSettingsInput.Builder().host("dc1 contoso${7*7}").port(70000)
                .pageSize(0).connectTimeoutSeconds(301).responseTimeoutSeconds(0).build();

        assertEquals(List.of(
                new FieldProblem("host", "'dc1 contoso${7*7}' is not a host name or IP address"),
                new FieldProblem("port", "The port must be between 1 and 65535"),
                new FieldProblem("bindDn", "Enter the bind user (a DN, or user@domain for Active Directory); a normal "
                        + "user account is enough"),
                new FieldProblem("baseDn", "Enter the base DN to search, for example DC=contoso,DC=com"),
                new FieldProblem("pageSize", "The page size must be between 1 and 1000 (Active Directory returns at "
                        + "most 1000 entries per page)"),
                new FieldProblem("connectTimeoutSeconds", "The connect timeout must be 1 to 300 seconds"),
                new FieldProblem("responseTimeoutSeconds", "The response timeout must be 1 to 3600 seconds")),
                ConstraintProblems.of(VALIDATOR.validate(input), LdapSettingsInput.class));
    }

    @Test
    void settingsThatCanBeRightHaveNoProblem() {
        LdapSettingsInput input = new LdapSettingsInput.Builder().host("[2001:db8::1]").bindDn("svc@contoso.com")
                .baseDn("DC=contoso,DC=com").pageSize(1000).build();

        assertEquals(List.of(), ConstraintProblems.of(VALIDATOR.validate(input), LdapSettingsInput.class));
    }
}
