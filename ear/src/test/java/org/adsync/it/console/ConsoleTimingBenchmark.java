package org.adsync.it.console;

import jakarta.json.Json;
import org.adsync.demo.directory.ActiveDirectoryUser;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.ServerUnderTest;
import org.adsync.it.api.ApiClient;
import org.adsync.it.api.Polling;
import org.adsync.it.fixture.FixtureClient;
import org.adsync.security.Permission;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long the console's pages and ajax actions take in a real Chromium, with a sync of 300 directory users: each
 * one the first time (the server's first use of it: class loading, Facelets compiling the page) and warm (the
 * median of five). Prints the figures and writes them to target/benchmark-console-DATABASE.txt; asserts nothing
 * about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleTimingBenchmark {

    private static final String PASSWORD = "timing-admin-password";
    private static final String BASE_DN = "DC=timing,DC=example";
    private static final String SERVICE_DN = "CN=svc,CN=Users," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Timing-Bind-Secret-3";
    private static final int USERS = 300;
    private static final int WARM_RUNS = 5;

    private final List<String> figures = new ArrayList<>();

    @Test
    void pagesAndActionsWithThreeHundredUsers() throws Exception {
        try (LookAlikeDirectory directory = LookAlikeDirectory.start(Path.of("target", "timing", "directory.p12"),
                BASE_DN, 0, SERVICE_DN, SERVICE_PASSWORD); Browser browser = new Browser()) {
            String people = directory.addContainer("People");
            for (int i = 1; i <= USERS; i++) {
                String last = String.format("Timed%03d", i);
                directory.addUser(ActiveDirectoryUser.named("Tim", last, last + "@example.test"), people);
            }
            String admin = FixtureClient.unique("timing-admin").replace(' ', '-');
            FixtureClient fixtures = new FixtureClient(ServerUnderTest.consoleUrl());
            fixtures.user(admin, PASSWORD, Permission.values());
            ApiClient api = ApiClient.signedIn(admin, PASSWORD);
            long id = sync(api, fixtures, directory);
            Polling.await(() -> api.get("syncs/" + id).object(), s -> s.getInt("syncedUsers") == USERS);
            measure(browser, admin, id);
        }
        String report = "adsync console timings, " + USERS + " directory users, database "
                + System.getProperty("arquillian.launch", "server") + " (ms: first, then median of " + WARM_RUNS
                + " warm)\n" + String.join("\n", figures) + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-console-" + System.getProperty("arquillian.launch", "server")
                + ".txt"), report);
    }

    private void measure(Browser browser, String admin, long id) {
        WebDriver driver = browser.driver();
        time("sign in (submit to list drawn)", () -> {
            driver.manage().deleteAllCookies();
            driver.get(page("admin/ad-sync.xhtml"));
            browser.type(By.id("username"), admin);
            browser.type(By.id("password"), PASSWORD);
            return () -> {
                browser.click(By.id("signIn"));
                browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("adSyncIntro")));
            };
        });
        load(browser, "AD Sync list", "admin/ad-sync.xhtml");
        load(browser, "Add AD Sync", "admin/ad-sync-edit.xhtml");
        load(browser, "Setup tab", "admin/ad-sync-edit.xhtml?id=" + id);
        load(browser, "AD Users tab (25 of 300 users)", "admin/ad-sync-edit.xhtml?id=" + id + "&tab=users");
        time("User Sync Details (ajax)", () -> {
            driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
            return () -> {
                browser.click(By.id("usersForm:users:0:edit"));
                browser.awaitAjax();
                browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("detailsForm:saveDetails")));
            };
        });
        time("AD Users next page (ajax)", () -> {
            driver.get(page("admin/ad-sync-edit.xhtml?id=" + id + "&tab=users"));
            return () -> {
                browser.click(By.cssSelector("[id='usersForm:users_paginator_bottom'] .ui-paginator-next"));
                browser.awaitAjax();
            };
        });
        time("AD Sync list filter (ajax)", () -> {
            driver.get(page("admin/ad-sync.xhtml"));
            return () -> {
                browser.type(By.id("syncsForm:syncs:organizationColumn:filter"), "Timing");
                browser.waitUntil(d -> d.getCurrentUrl().contains("name=Timing"));
                browser.awaitAjax();
            };
        });
        load(browser, "Organizations", "organizations.xhtml");
        load(browser, "Audit", "admin/audit.xhtml");
    }

    private void load(Browser browser, String name, String path) {
        time(name, () -> () -> {
            browser.driver().get(page(path));
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        });
    }

    /** Prepares (not timed), then times the action: once first, then {@value #WARM_RUNS} times warm. */
    private void time(String name, Supplier<Runnable> prepared) {
        long first = elapsed(prepared.get());
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(elapsed(prepared.get()));
        }
        warm.sort(null);
        figures.add(String.format("%-40s %6d %6d", name, first, warm.get(WARM_RUNS / 2)));
    }

    private static long elapsed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long sync(ApiClient api, FixtureClient fixtures, LookAlikeDirectory directory) throws Exception {
        long organization = fixtures.organization(FixtureClient.unique("Timing"));
        String body = Json.createObjectBuilder().add("organizationId", organization).add("enabled", true)
                .add("directoryType", "LDAP").add("ldap", Json.createObjectBuilder().add("host", "127.0.0.1")
                        .add("port", directory.port()).add("transport", "LDAPS").add("bindDn", SERVICE_DN)
                        .add("bindPassword", SERVICE_PASSWORD).add("baseDn", BASE_DN)
                        .add("trustedCertificatesPem", directory.certificatePem()))
                .build().toString();
        var created = api.post("syncs", body);
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private static String page(String path) {
        return ServerUnderTest.consoleUrl().resolve(path).toString();
    }
}
