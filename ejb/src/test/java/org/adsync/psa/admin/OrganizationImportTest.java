package org.adsync.psa.admin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an import of organizations creates and skips, before anything is written. */
class OrganizationImportTest {

    @Test
    void createsNewNamesAndSkipsBlanksExistingAndRepeatedNamesEachWithItsLine() {
        String csv = "Name,External id\n"
                + "Contoso,CRM-1\n"
                + ",CRM-2\n"
                + "  fabrikam  \n"
                + "CONTOSO,CRM-3\n"
                + "Northwind Traders,\n"
                + "\n";

        ImportPlan plan = OrganizationImport.plan(csv, Set.of("fabrikam"));

        assertEquals(List.of(new ImportPlan.Created(2, "Contoso", "CRM-1"),
                new ImportPlan.Created(6, "Northwind Traders", null)), plan.created());
        assertEquals(List.of(3, 4, 5), plan.skipped().stream().map(ImportPlan.Skipped::line).toList());
        assertEquals("The name is blank.", plan.skipped().get(0).reason());
        assertEquals("An organization of this name exists already.", plan.skipped().get(1).reason());
        assertEquals("The same name is on line 2 already.", plan.skipped().get(2).reason());
        assertFalse(plan.written());
    }

    @Test
    void withoutAHeaderTheFirstLineIsAnOrganization() {
        ImportPlan plan = OrganizationImport.plan("Contoso\r\nFabrikam\r\n", Set.of());

        assertEquals(List.of("Contoso", "Fabrikam"), plan.created().stream().map(ImportPlan.Created::name).toList());
    }

    @Test
    void aNameOverTheLimitIsSkippedNotCut() {
        ImportPlan plan = OrganizationImport.plan("x".repeat(201), Set.of());

        assertTrue(plan.created().isEmpty());
        assertTrue(plan.skipped().get(0).reason().startsWith("The name is 201 characters long"));
    }

    @Test
    void tenThousandRowsArePlannedAsTenThousandOrganizations() {
        String csv = IntStream.range(0, 10_000).mapToObj(i -> "Customer " + i + ",ext-" + i)
                .collect(Collectors.joining("\r\n"));

        assertEquals(10_000, OrganizationImport.plan(csv, Set.of("customer 5")).created().size() + 1);
    }
}
