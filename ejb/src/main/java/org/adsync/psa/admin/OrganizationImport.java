package org.adsync.psa.admin;

import org.adsync.platform.Csv;
import org.adsync.platform.DisplayNames;
import org.adsync.psa.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV of organizations (a name, and optionally an external id, per line; a first line naming the columns
 * is a header) and plans the import against the names that exist: blanks, names over the length limit, names that
 * exist already (whatever their case) and names repeated in the file are skipped, each with its reason.
 */
final class OrganizationImport {

    private OrganizationImport() {
    }

    static ImportPlan plan(String csv, Set<String> existingNameKeys) {
        List<List<String>> rows = Csv.rows(csv == null ? "" : csv);
        List<ImportPlan.Created> created = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int first = !rows.isEmpty() && isHeader(rows.get(0)) ? 1 : 0;
        for (int i = first; i < rows.size(); i++) {
            int line = i + 1;
            List<String> row = rows.get(i);
            String name = DisplayNames.normalized(row.get(0));
            String externalId = row.size() > 1 && !row.get(1).isBlank() ? row.get(1).strip() : null;
            String key = DisplayNames.key(name);
            String reason = null;
            if (name.isEmpty()) {
                if (row.stream().allMatch(String::isBlank)) {
                    continue; // an empty line, as spreadsheets leave at the end
                }
                reason = "The name is blank.";
            } else if (DisplayNames.problem(name).isPresent()) {
                reason = DisplayNames.problem(name).get();
            } else if (name.length() > Organization.MAX_NAME_LENGTH) {
                reason = "The name is " + name.length() + " characters long; at most "
                        + Organization.MAX_NAME_LENGTH + " are allowed.";
            } else if (externalId != null && externalId.length() > Organization.MAX_EXTERNAL_ID_LENGTH) {
                reason = "The external id is " + externalId.length() + " characters long; at most "
                        + Organization.MAX_EXTERNAL_ID_LENGTH + " are allowed.";
            } else if (existingNameKeys.contains(key)) {
                reason = "An organization of this name exists already.";
            } else if (firstLineOf.containsKey(key)) {
                reason = "The same name is on line " + firstLineOf.get(key) + " already.";
            }
            if (reason == null) {
                firstLineOf.put(key, line);
                created.add(new ImportPlan.Created(line, name, externalId));
            } else {
                skipped.add(new ImportPlan.Skipped(line, name, reason));
            }
        }
        return new ImportPlan(created, skipped, false);
    }

    private static boolean isHeader(List<String> row) {
        String firstCell = row.get(0).strip().toLowerCase(Locale.ROOT);
        return firstCell.equals("name") || firstCell.equals("organization") || firstCell.equals("organization name");
    }
}
