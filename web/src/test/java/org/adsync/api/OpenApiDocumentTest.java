package org.adsync.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served OpenAPI description documents exactly the operations the resources implement, no more, no less. */
class OpenApiDocumentTest {

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void everyImplementedOperationIsDocumentedAndEveryDocumentedOneExists() throws Exception {
        Set<String> implemented = implementedOperations();
        Set<String> documented = documentedOperations();

        assertFalse(implemented.isEmpty(), "resources were found");
        assertEquals(implemented, documented);
    }

    @Test
    void theDocumentIsOpenApi31AndEveryOperationAnswersWhenNotSignedIn() throws IOException {
        Map<String, Object> document = document();
        assertEquals("3.1.0", document.get("openapi"));
        paths(document).forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> details = map(operation);
            boolean isPublic = details.containsKey("security");
            assertTrue(isPublic || map(details.get("responses")).containsKey("401"),
                    method + " " + path + " documents its 401");
        }));
    }

    private static Set<String> implementedOperations() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of(AdsyncApi.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/adsync/api"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    for (var http : HTTP_METHODS.entrySet()) {
                        if (method.isAnnotationPresent(http.getKey())) {
                            Path sub = method.getAnnotation(Path.class);
                            String path = join(root.value(), sub == null ? null : sub.value());
                            operations.add(http.getValue() + " " + path);
                        }
                    }
                }
            }
        }
        return operations;
    }

    private static String join(String root, String sub) {
        String path = "/" + root + (sub == null ? "" : "/" + sub);
        return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static Set<String> documentedOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        paths(document()).forEach((path, methods) -> methods.keySet().stream()
                .filter(HTTP_METHODS::containsValue)
                .forEach(method -> operations.add(method + " " + path)));
        return operations;
    }

    private static Map<String, Map<String, Object>> paths(Map<String, Object> document) {
        Map<String, Map<String, Object>> paths = new java.util.TreeMap<>();
        map(document.get("paths")).forEach((path, item) -> {
            Map<String, Object> operations = new java.util.TreeMap<>(map(item));
            operations.keySet().retainAll(HTTP_METHODS.values());
            paths.put(path, operations);
        });
        return paths;
    }

    private static Map<String, Object> document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/" + AdsyncApi.OPENAPI_DOCUMENT)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
