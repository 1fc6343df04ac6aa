package org.adsync.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What ships is what runs in production: the adsync.ear the build produced, listed entry by entry (nested archives
 * included), holds no demo, no code of adsync's that opens a look-alike directory, and none of the demo's known
 * credentials. (The demo build, -Pdemo, adds the demo on purpose and skips the tests.)
 */
class ProductionEarIT {

    /** The demo's console, directory and tenant passwords and its key store's password, as the README gives them. */
    private static final List<String> KNOWN_CREDENTIALS = List.of("adsync-demo", "Demo-Reader-2026",
            "Demo~Entra-Secret-2026", "demo-directory-key");
    /** What a look-alike directory listens with: the JDK's HTTP server, UnboundID's in-memory LDAP listener. */
    private static final List<String> LISTENER_APIS = List.of("com/sun/net/httpserver/",
            "com/unboundid/ldap/listener/");

    /** Every entry of the EAR and of the archives in it, by path ("adsync-web.war!/WEB-INF/classes/..."). */
    private static final Map<String, byte[]> ENTRIES = new TreeMap<>();

    @BeforeAll
    static void list() throws IOException {
        Path ear = Path.of(System.getProperty("adsync.ear", "target/adsync.ear"));
        try (InputStream in = Files.newInputStream(ear)) {
            read("", in);
        }
    }

    @Test
    void theEarHoldsTheApplicationAndItsLibrariesButNoDemoModule() {
        List<String> modules = ENTRIES.keySet().stream().filter(e -> !e.contains("!/") && !e.startsWith("META-INF/")
                && !e.startsWith("lib/") && !e.endsWith("/")).toList();

        assertEquals(List.of("adsync-ejb.jar", "adsync-web.war"), modules);
        assertTrue(ENTRIES.keySet().stream().noneMatch(e -> e.contains("adsync-demo")), "no demo archive");
        assertTrue(ENTRIES.keySet().stream().noneMatch(e -> e.contains("org/adsync/demo/") && e.endsWith(".class")),
                "no demo class");
    }

    @Test
    void noClassOfAdsyncOpensAListener() {
        List<String> listening = new ArrayList<>();
        adsyncClasses().forEach((path, bytes) -> {
            String constants = new String(bytes, StandardCharsets.ISO_8859_1);
            LISTENER_APIS.stream().filter(constants::contains).forEach(api -> listening.add(path + " uses " + api));
        });

        assertEquals(List.of(), listening);
        assertTrue(adsyncClasses().size() > 100, "the classes were read: " + adsyncClasses().size());
    }

    @Test
    void noKnownCredentialAndNoModuleDependencyOfTheDemo() {
        List<String> found = new ArrayList<>();
        ENTRIES.forEach((path, bytes) -> {
            if (!path.endsWith(".jar") && !path.endsWith(".war") && isAdsyncOwn(path)) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                KNOWN_CREDENTIALS.stream().filter(c -> holds(text, c)).forEach(c -> found.add(path + " holds " + c));
                if (path.endsWith("MANIFEST.MF") && text.contains("jdk.httpserver")) {
                    found.add(path + " asks for jdk.httpserver");
                }
            }
        });

        assertEquals(List.of(), found);
        assertFalse(ENTRIES.isEmpty());
    }

    /** The credential as a word of its own: "adsync-demo" is a password, "adsync-demo-directories" a module name. */
    private static boolean holds(String text, String credential) {
        return Pattern.compile(Pattern.quote(credential) + "(?![\\w-])").matcher(text).find();
    }

    private static Map<String, byte[]> adsyncClasses() {
        Map<String, byte[]> classes = new TreeMap<>();
        ENTRIES.forEach((path, bytes) -> {
            if (path.endsWith(".class") && path.contains("org/adsync/")) {
                classes.put(path, bytes);
            }
        });
        return classes;
    }

    /** The EAR's own entries and those of adsync's modules; the third-party libraries in lib/ are not adsync's. */
    private static boolean isAdsyncOwn(String path) {
        return !path.startsWith("lib/") || path.startsWith("lib/adsync");
    }

    private static void read(String prefix, InputStream archive) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String path = prefix + entry.getName();
            byte[] bytes = zip.readAllBytes();
            ENTRIES.put(path, bytes);
            boolean nested = path.endsWith(".jar") || path.endsWith(".war");
            if (nested && isAdsyncOwn(path)) {
                read(path + "!/", new ByteArrayInputStream(bytes));
            }
        }
    }
}
