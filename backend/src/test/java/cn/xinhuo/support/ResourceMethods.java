package cn.xinhuo.support;

import cn.xinhuo.security.AuthenticatedOnly;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.PublicApi;
import cn.xinhuo.security.Requires;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The API's resource methods, read from the compiled code: every class under {@code cn.xinhuo}
 * annotated with {@link Path}, each method with an HTTP method annotation, its full path, its
 * {@link Operation#operationId()} and what it declares about access.
 */
public final class ResourceMethods {

    private static final String PACKAGE = "cn.xinhuo";
    private static List<Endpoint> scanned;

    private ResourceMethods() {
    }

    /**
     * One resource method. {@code permission} is the method's {@link Requires}, else its class's;
     * {@code selfService} is a {@link PublicApi} or {@link AuthenticatedOnly} method (about the
     * caller itself, open to any login or none).
     */
    public record Endpoint(String operationId, String httpMethod, String path, Method method, Permission permission,
                           boolean selfService) {

        public String javaName() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }

        @Override
        public String toString() {
            return javaName() + " (" + httpMethod + " " + path + ")";
        }
    }

    public static synchronized List<Endpoint> all() {
        if (scanned == null) {
            List<Endpoint> endpoints = new ArrayList<>();
            for (Class<?> resource : resourceClasses()) {
                for (Method m : resource.getMethods()) {
                    String http = httpMethod(m);
                    if (http == null) {
                        continue;
                    }
                    Operation operation = m.getAnnotation(Operation.class);
                    Requires requires = m.getAnnotation(Requires.class);
                    if (requires == null) {
                        requires = resource.getAnnotation(Requires.class);
                    }
                    boolean selfService = m.isAnnotationPresent(PublicApi.class)
                            || m.isAnnotationPresent(AuthenticatedOnly.class);
                    endpoints.add(new Endpoint(operation == null || operation.operationId().isEmpty() ? null
                            : operation.operationId(), http, join(resource.getAnnotation(Path.class),
                            m.getAnnotation(Path.class)), m, requires == null ? null : requires.value(), selfService));
                }
            }
            endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
            scanned = List.copyOf(endpoints);
        }
        return scanned;
    }

    /** GET, POST …: the value of the method's annotation that is itself annotated {@link HttpMethod}. */
    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The class and method paths as one template, {@code {id: \d+}} written {@code {id}} as in the contract. */
    static String join(Path type, Path method) {
        String joined = "/" + type.value() + "/" + (method == null ? "" : method.value());
        joined = joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The classes of the main code (where {@link Requires} lives) annotated {@link Path}. */
    private static List<Class<?>> resourceClasses() {
        ClassLoader loader = Requires.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(Path.class) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    classes.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable on its own (e.g. an optional dependency): cannot be a resource we serve
            }
        }
        return classes;
    }

    private static List<String> classNames() {
        String prefix = PACKAGE.replace('.', '/') + "/";
        String self = Requires.class.getName().replace('.', '/') + ".class";
        URL url = Requires.class.getClassLoader().getResource(self);
        if (url == null) {
            throw new IllegalStateException("cannot find " + self + " to list the classes beside it");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
                try (JarFile jar = new JarFile(java.nio.file.Path.of(new URI(file)).toFile())) {
                    return jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && !n.contains("$"))
                            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
                }
            }
            java.nio.file.Path classFile = java.nio.file.Path.of(url.toURI());
            java.nio.file.Path root = classFile;
            for (int i = 0; i < self.split("/").length; i++) {
                root = root.getParent();
            }
            java.nio.file.Path base = root;
            try (Stream<java.nio.file.Path> files = Files.walk(base.resolve(prefix))) {
                return files.map(p -> base.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes beside " + url, e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the classes beside " + url, e);
        }
    }
}
