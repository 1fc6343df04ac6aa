package org.adsync.it;

import org.adsync.demo.directory.LookAlikeDirectory;
import org.adsync.it.fixture.FixtureServlet;
import org.adsync.it.fixture.Fixtures;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The EAR the build produced, as the tests deploy it: unchanged but for test code, so what is tested is what
 * ships.
 */
public final class AdsyncDeployment {

    public static final String IN_CONTAINER_MODULE = "adsync-it-tests.war";
    public static final String FIXTURE_MODULE = "adsync-it-fixtures.war";
    public static final String FIXTURE_CONTEXT = "adsync-it-fixtures";

    private AdsyncDeployment() {
    }

    /** The EAR plus a test-only web module whose servlet creates the records that a client test needs. */
    public static EnterpriseArchive withFixtures() {
        WebArchive fixtures = ShrinkWrap.create(WebArchive.class, FIXTURE_MODULE)
                .addClasses(FixtureServlet.class, Fixtures.class);
        return withExtraWebModule(fixtures, FIXTURE_CONTEXT);
    }

    /**
     * The EAR plus a test-only web module holding these test classes, which Arquillian runs inside the server.
     * The tests get a module of their own so that the console's security constraints do not apply to Arquillian's
     * servlet; they see the EJB module's beans as the console does. The look-alike directories come along: the
     * production EAR has none.
     */
    public static EnterpriseArchive withTestClassesInside(Class<?>... classes) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, IN_CONTAINER_MODULE).addClasses(classes)
                .addPackage(LookAlikeDirectory.class.getPackage())
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: jdk.httpserver\n"));
        return withExtraWebModule(Testable.archiveToTest(tests), "adsync-it-tests");
    }

    /** The EAR plus a test-only web module at that context root. */
    public static EnterpriseArchive withExtraWebModule(WebArchive module, String contextRoot) {
        EnterpriseArchive ear = built();
        ear.addAsModule(module);
        String applicationXml = read(ear, "META-INF/application.xml").replace("</application>",
                "  <module><web><web-uri>" + module.getName() + "</web-uri><context-root>/" + contextRoot
                        + "</context-root></web></module>\n</application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
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
