package org.adsync.it;

import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.benchmark.BenchmarkServlet;
import org.adsync.it.benchmark.EntraBenchmarkServlet;
import org.adsync.it.benchmark.ScaleFixtures;
import org.adsync.it.benchmark.ScheduleScaleServlet;
import org.adsync.it.fixture.FixtureServlet;
import org.adsync.it.fixture.Fixtures;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The one deployment of an integration-test run, deployed once per server for every test class (the suite
 * extension, configured in arquillian.xml, takes it from here): the EAR the build produced, unchanged, so that what
 * is tested is what ships, plus test-only web modules. Test classes that run in the server are in one module of
 * their own, so that the console's security constraints do not apply to Arquillian's servlet, and they see the EJB
 * module's beans as the console does; client test classes are {@code @RunAsClient}. Each test module signs no one
 * in ({@link NoSignIn}).
 */
public final class AdsyncDeployment {

    public static final String FIXTURE_CONTEXT = "adsync-it-fixtures";
    public static final String BENCHMARK_CONTEXT = "adsync-it-benchmark";
    private static final String TESTS_CONTEXT = "adsync-it-tests";
    /** The packages of the test classes that run in the server, with their helpers and the look-alikes. */
    private static final String[] IN_SERVER_PACKAGES = {"org.adsync.it.persistence", "org.adsync.it.schedule",
            "org.adsync.it.sync"};

    private AdsyncDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        EnterpriseArchive ear = built();
        WebArchive fixtures = ShrinkWrap.create(WebArchive.class, FIXTURE_CONTEXT + ".war")
                .addClasses(FixtureServlet.class, Fixtures.class, NoSignIn.class);
        WebArchive benchmark = ShrinkWrap.create(WebArchive.class, BENCHMARK_CONTEXT + ".war")
                .addClasses(BenchmarkServlet.class, EntraBenchmarkServlet.class, ScheduleScaleServlet.class,
                        ScaleFixtures.class, Fixtures.class, NoSignIn.class);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TESTS_CONTEXT + ".war")
                .addPackages(false, IN_SERVER_PACKAGES)
                .addPackage(LookAlikeDirectory.class.getPackage())
                .addClass(NoSignIn.class)
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class))
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: jdk.httpserver\n"));
        addWebModule(ear, fixtures, FIXTURE_CONTEXT);
        addWebModule(ear, benchmark, BENCHMARK_CONTEXT);
        addWebModule(ear, Testable.archiveToTest(tests), TESTS_CONTEXT);
        return ear;
    }

    /** The library a test class uses inside the server, as the test's own classpath has it. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addWebModule(EnterpriseArchive ear, WebArchive module, String contextRoot) {
        ear.addAsModule(module);
        String applicationXml = read(ear, "META-INF/application.xml").replace("</application>",
                "  <module><web><web-uri>" + module.getName() + "</web-uri><context-root>/" + contextRoot
                        + "</context-root></web></module>\n</application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
    }

    private static EnterpriseArchive built() {
        File file = new File(System.getProperty("adsync.ear", "target/adsync.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
