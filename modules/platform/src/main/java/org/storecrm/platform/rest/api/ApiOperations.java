package org.storecrm.platform.rest.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operations of the REST API, read from the JAX-RS resources of every module: the classes
 * annotated {@code @Path} in a module's {@code org.storecrm.<module>.rest} package. Each operation
 * gets its module as its tag and a stable operationId: the one its {@code @Operation} names, else
 * its Java method's name followed by its resource's name ({@code FollowUpJobResource.run} becomes
 * {@code runFollowUpJob}). A module added tomorrow is documented without touching this class.
 */
public final class ApiOperations {
  /** Where the JAX-RS application is mounted (the app's {@code @ApplicationPath}). */
  public static final String BASE_PATH = "api/v1";

  private static final Pattern REST_CLASS =
      Pattern.compile("org/storecrm/([a-z0-9]+)/rest/([A-Za-z0-9_$]+)\\.class");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** One operation: where it is, what it runs, how the document names and tags it. */
  public record ApiOperation(
      String path,
      String httpMethod,
      Class<?> resource,
      Method method,
      String module,
      String operationId,
      String summary,
      String description) {

    /** The path parameters' names, in the order of the path. */
    public List<String> pathParameters() {
      List<String> names = new ArrayList<>();
      Matcher matcher = TEMPLATE.matcher(path);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }
  }

  private ApiOperations() {}

  /**
   * The roles an operation declares, as the document publishes them ({@code x-roles}): its method's
   * {@code @RolesAllowed}, {@code @PermitAll} (every role) or {@code @DenyAll} (none), else its
   * resource class's; null when neither says anything. Lets a client, and the attack suite, know
   * who may call it without reading the code.
   */
  public static List<String> roles(ApiOperation operation) {
    List<String> declared = roles(operation.method());
    return declared != null ? declared : roles(operation.resource());
  }

  private static List<String> roles(java.lang.reflect.AnnotatedElement element) {
    if (element.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)) {
      return List.of();
    }
    if (element.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
      return java.util.Arrays.stream(org.storecrm.platform.Role.values()).map(Enum::name).toList();
    }
    jakarta.annotation.security.RolesAllowed allowed =
        element.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
    return allowed == null ? null : List.of(allowed.value());
  }

  /** Every operation of the resource classes found through {@code loader}, in path order. */
  public static List<ApiOperation> scan(ClassLoader loader) {
    return of(resourceClasses(loader));
  }

  /** The operations of the given resource classes, in path and method order. */
  public static List<ApiOperation> of(List<Class<?>> resources) {
    List<ApiOperation> operations = new ArrayList<>();
    for (Class<?> resource : resources) {
      String module = module(resource);
      Path root = resource.getAnnotation(Path.class);
      if (root == null || module == null) {
        continue;
      }
      Method[] methods = resource.getMethods();
      java.util.Arrays.sort(
          methods,
          Comparator.comparing(Method::getName)
              .thenComparing(m -> java.util.Arrays.toString(m.getParameterTypes())));
      for (Method method : methods) {
        String http = httpMethod(method);
        if (http == null || method.isBridge() || method.isSynthetic()) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = path(root.value(), sub == null ? "" : sub.value());
        Operation annotation = method.getAnnotation(Operation.class);
        String id =
            annotation != null && !annotation.operationId().isBlank()
                ? annotation.operationId()
                : method.getName() + noun(resource);
        String summary =
            annotation != null && !annotation.summary().isBlank()
                ? annotation.summary()
                : sentence(id);
        String description =
            annotation != null && !annotation.description().isBlank()
                ? annotation.description()
                : null;
        operations.add(
            new ApiOperation(path, http, resource, method, module, id, summary, description));
      }
    }
    operations.sort(
        Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::httpMethod));
    return operations;
  }

  /**
   * What a POST on a collection that answers a {@code Response} creates: the type its resource
   * reads one record as ({@code GET {id}}), if it has such a read; null for any other operation.
   */
  public static java.lang.reflect.Type createdType(ApiOperation operation) {
    if (!"POST".equals(operation.httpMethod())
        || operation.method().getReturnType() != jakarta.ws.rs.core.Response.class
        || operation.method().isAnnotationPresent(Path.class)) {
      return null;
    }
    for (Method candidate : operation.resource().getMethods()) {
      Path path = candidate.getAnnotation(Path.class);
      if (candidate.isAnnotationPresent(jakarta.ws.rs.GET.class)
          && path != null
          && path.value().replaceAll("\\s", "").matches("/?\\{id(:[^}]*)?}/?")
          && candidate.getReturnType() != jakarta.ws.rs.core.Response.class) {
        return candidate.getGenericReturnType();
      }
    }
    return null;
  }

  /** The operationIds that more than one operation carries; empty when the document is sound. */
  public static Map<String, List<String>> duplicates(List<ApiOperation> operations) {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (ApiOperation operation : operations) {
      byId.computeIfAbsent(operation.operationId(), id -> new ArrayList<>())
          .add(operation.httpMethod() + " " + operation.path());
    }
    byId.values().removeIf(places -> places.size() < 2);
    return byId;
  }

  /** Whether an operationId is a plain lower-camel identifier every client generator accepts. */
  public static boolean validIdentifier(String operationId) {
    return IDENTIFIER.matcher(operationId).matches();
  }

  /**
   * The module a resource belongs to: {@code customers} for {@code org.storecrm.customers.rest}.
   */
  public static String module(Class<?> resource) {
    Matcher matcher = REST_CLASS.matcher(resource.getName().replace('.', '/') + ".class");
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** {@code /api/v1/customers/{id}/grade}: templates without their regular expressions. */
  static String path(String root, String sub) {
    StringBuilder path = new StringBuilder("/" + BASE_PATH);
    for (String part : List.of(root, sub)) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return TEMPLATE.matcher(path).replaceAll("{$1}");
  }

  /** {@code FollowUpJobResource} → {@code FollowUpJob}. */
  private static String noun(Class<?> resource) {
    String name = resource.getSimpleName();
    return name.endsWith("Resource") ? name.substring(0, name.length() - 8) : name;
  }

  /** {@code runFollowUpJob} → {@code Run follow up job}. */
  static String sentence(String identifier) {
    String words = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The {@code @Path} classes in the {@code rest} package of every module the loader sees, by name.
   * Reads the class files' names from the module jars and class folders (WEB-INF/lib,
   * target/classes) and loads only those.
   */
  public static List<Class<?>> resourceClasses(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      for (URL root : Collections.list(loader.getResources("org/storecrm"))) {
        names.addAll(restClassNames(root));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> resources = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Path.class)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          resources.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable here: not part of the deployed API
      }
    }
    return resources;
  }

  private static Set<String> restClassNames(URL root) throws IOException {
    Set<String> names = new TreeSet<>();
    if ("jar".equals(root.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          addIfRest(entry.getName(), names);
        }
      }
    } else if ("file".equals(root.getProtocol())) {
      java.nio.file.Path folder;
      try {
        folder = Paths.get(root.toURI());
      } catch (URISyntaxException e) {
        folder = new File(root.getPath()).toPath();
      }
      java.nio.file.Path classes = folder.getParent().getParent();
      try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
        files.forEach(
            file -> addIfRest(classes.relativize(file).toString().replace('\\', '/'), names));
      }
    }
    return names;
  }

  private static void addIfRest(String entry, Set<String> names) {
    Matcher matcher = REST_CLASS.matcher(entry);
    if (matcher.matches() && !matcher.group(2).contains("$")) {
      names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
  }
}
