package org.communityjourneys.identity.doors;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Every endpoint of Camunda's engine API, read from its JAX-RS resources (camunda-engine-rest-core):
 * the root resources Camunda registers, then each sub-resource they hand on to. A new Camunda
 * version with a new endpoint puts it in this list, and so in front of the door rules.
 */
final class EngineApiEndpoints {

    /** One endpoint: the HTTP method, a concrete path with every template filled in, and the Java method that serves it. */
    record Endpoint(String method, String path, String javaMethod) {

        @Override
        public String toString() {
            return method + " " + path + " (" + javaMethod + ")";
        }
    }

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE",
            HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");

    private static final int DEEPEST = 5;

    private EngineApiEndpoints() {
    }

    /** The engine API's endpoints, relative to a door such as {@code /engine-rest} (paths start with a slash). */
    static List<Endpoint> all() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Class<?> root : CamundaRestResources.getResourceClasses()) {
            Path path = findPath(root);
            if (path != null) {
                walk(root, path.value(), 0, endpoints);
            }
        }
        List<Endpoint> list = new ArrayList<>(endpoints.values());
        list.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return list;
    }

    private static void walk(Class<?> resource, String base, int depth, Map<String, Endpoint> endpoints) {
        if (depth > DEEPEST) {
            return;
        }
        for (Method method : resource.getMethods()) {
            Path path = findPath(method, resource);
            String here = path == null ? base : base + "/" + path.value();
            String httpMethod = httpMethod(method, resource);
            if (httpMethod != null) {
                String concrete = concrete(here);
                endpoints.putIfAbsent(httpMethod + " " + concrete,
                        new Endpoint(httpMethod, concrete, resource.getSimpleName() + "." + method.getName()));
            } else if (path != null && !method.getReturnType().equals(Object.class)) {
                walk(method.getReturnType(), here, depth + 1, endpoints);
            }
        }
    }

    /** Template parts ({@code {id}}, {@code {key: .*}}) become a word no engine object is called. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]*}", "door-probe").replaceAll("/+", "/").replaceAll("/$", "");
    }

    private static String httpMethod(Method method, Class<?> resource) {
        for (Method candidate : declarations(method, resource)) {
            for (Map.Entry<Class<? extends Annotation>, String> entry : METHODS.entrySet()) {
                if (candidate.isAnnotationPresent(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static Path findPath(Method method, Class<?> resource) {
        for (Method candidate : declarations(method, resource)) {
            Path path = candidate.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    /** JAX-RS annotations sit on the resource interfaces; implementation classes inherit them. */
    private static List<Method> declarations(Method method, Class<?> resource) {
        List<Method> found = new ArrayList<>();
        found.add(method);
        for (Class<?> type : typesOf(resource)) {
            try {
                found.add(type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notDeclaredThere) {
                // the next type may declare it
            }
        }
        return found;
    }

    private static Path findPath(Class<?> resource) {
        for (Class<?> type : typesOf(resource)) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    private static List<Class<?>> typesOf(Class<?> resource) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            types.add(type);
            addInterfaces(type, types);
        }
        return types;
    }

    private static void addInterfaces(Class<?> type, List<Class<?>> types) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (!types.contains(implemented)) {
                types.add(implemented);
                addInterfaces(implemented, types);
            }
        }
    }
}
