package org.adsync.demo;

import org.adsync.psa.PersonName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** Generates the same few hundred demo people on every start, so the demo directory and records agree. */
final class DemoPeople {

    static final int COUNT = 300;
    static final String DOMAIN = "contoso.example";

    private static final String[] FIRST = {"Adele", "Alex", "Allan", "Christie", "Debra", "Diego", "Grady", "Henrietta",
            "Isaiah", "Joni", "Johanna", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor", "Patti", "Pradeep",
            "Raul", "Renée", "Sanjay", "Søren", "Zoë", "O'Brien"};
    private static final String[] LAST = {"Vance", "Wilber", "Deyoung", "Cline", "Berg", "Siciliani", "Archie",
            "Cerrato", "Langer", "Sherman", "Lauer", "Gu", "Holloway", "Robbins", "Bowen", "Hunter", "Wilke",
            "Fernandez", "Gupta", "Rodriguez", "Müller", "Nakamura", "Okafor", "Kowalski", "García-Pérez"};
    private static final String[] TITLES = {"Accountant", "Sales Manager", "Engineer", "Help Desk Analyst",
            "Marketing Lead", "Office Manager", "Director", "Consultant"};
    private static final String[] DEPARTMENTS = {"Finance", "Sales", "Engineering", "IT", "Marketing", "Operations"};

    private DemoPeople() {
    }

    static List<DemoPerson> generate() {
        Random random = new Random(20261125L);
        List<DemoPerson> people = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            PersonName name = nameAt(i);
            String account = accountName(name, i);
            // Two pairs of users share a mailbox address: the sync must report them as conflicts.
            String email = (i == 101 || i == 202) ? emailFor(nameAt(i - 1), DOMAIN) : emailFor(name, DOMAIN);
            people.add(new DemoPerson(new UUID(random.nextLong(), random.nextLong()), name, account, email,
                    String.format(Locale.ROOT, "+1 425 555 %04d", i), TITLES[i % TITLES.length],
                    DEPARTMENTS[i % DEPARTMENTS.length], i % 23 == 7));
        }
        return people;
    }

    static PersonName nameAt(int i) {
        String middle = i % 7 == 3 ? "J" : null;
        return new PersonName(FIRST[i % FIRST.length], middle, LAST[(i / FIRST.length + i) % LAST.length]);
    }

    static String emailFor(PersonName name, String domain) {
        return (simple(name.first()) + "." + simple(name.last()) + "@" + domain);
    }

    private static String accountName(PersonName name, int i) {
        String account = simple(name.first()).charAt(0) + simple(name.last());
        return (account.length() > 16 ? account.substring(0, 16) : account) + i;
    }

    private static String simple(String part) {
        return java.text.Normalizer.normalize(part, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ø", "o").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
