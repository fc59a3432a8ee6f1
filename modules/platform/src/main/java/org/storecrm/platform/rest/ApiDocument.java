package org.storecrm.platform.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.storecrm.platform.rest.api.ApiOperations;
import org.storecrm.platform.rest.api.ApiOperations.ApiOperation;
import org.storecrm.platform.rest.api.Problem;

/**
 * The OpenAPI document of the REST API, built in one place from the JAX-RS resources of every
 * module ({@code mp.openapi.model.reader}; Payara's own scan is off). Types come from the Java
 * signatures (records, enums, generics such as {@code Page<CustomerSummary>}, dates, instants,
 * money), constraints from Bean Validation, operationIds and tags from {@link ApiOperations}, words
 * from MicroProfile {@code @Operation}, {@code @APIResponse}, {@code @Parameter} and
 * {@code @Schema} annotations where a resource has them. Every operation names the problem
 * documents it can answer.
 */
public class ApiDocument implements OASModelReader {
  private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());

  static final String PROBLEM_JSON = Problem.MEDIA_TYPE;

  /** The shared problem answers, by status: component name and meaning. */
  static final Map<String, String[]> PROBLEMS = new LinkedHashMap<>();

  static {
    PROBLEMS.put(
        "400",
        new String[] {
          "BadRequest",
          "Invalid input (invalid-input, with errors naming each field) or a body that is not JSON"
              + " of the expected shape (malformed-request)"
        });
    PROBLEMS.put("401", new String[] {"Unauthorized", "No credentials, or wrong ones"});
    PROBLEMS.put(
        "403", new String[] {"Forbidden", "The caller's role does not allow the operation"});
    PROBLEMS.put(
        "404",
        new String[] {
          "NotFound", "No such record, including a record of another store than the caller's"
        });
    PROBLEMS.put(
        "409",
        new String[] {
          "Conflict",
          "Conflict with the current state: a duplicate (conflict, with the existing record's id)"
              + " or a stale version (stale-record); read again and repeat"
        });
    PROBLEMS.put(
        "422",
        new String[] {
          "UnprocessableEntity",
          "Refused by a business rule (rule-violation, with its code and the fields concerned)"
        });
  }

  private static final Map<String, String> MODULES =
      Map.of(
          "platform", "Stores, staff, the caller, notices and the audit trail",
          "customers",
              "Customer cards, grades, contacts, appointments, follow-ups, complaints and surveys",
          "sales",
              "Catalogue, stock, checkout, orders and returns, opportunities, targets, commission"
                  + " and sales reports",
          "bundles", "Attach checklists, gift packs and attach KPIs",
          "services", "Service plans, service contracts and service requests with their SLA",
          "accounts", "Business-client accounts, visits, invoices and receivables");

  private static final Map<String, String> PARAMETERS =
      Map.of(
          "page", "Page number, from 0",
          "size", "Page size, 1 to 200",
          "sort",
              "Sort key among the list's sortable fields; an unknown key gives the default order",
          "desc", "true for descending order",
          "q", "Search text",
          "storeId", "A store, for head-office callers; store staff always see their own store",
          "id", "The record's id",
          "Idempotency-Key",
              "A fresh key (e.g. a UUID) per request, the same key when retrying it; up to 100"
                  + " characters");

  @Override
  public OpenAPI buildModel() {
    List<ApiOperation> operations = ApiOperations.scan(ApiDocument.class.getClassLoader());
    Map<String, List<String>> duplicates = ApiOperations.duplicates(operations);
    if (!duplicates.isEmpty()) {
      LOG.severe("OpenAPI operationIds used more than once: " + duplicates);
    }
    return build(operations);
  }

  /** The document of the given operations. */
  public static OpenAPI build(List<ApiOperation> operations) {
    ApiSchemas schemas = new ApiSchemas();
    Paths paths = OASFactory.createPaths();
    List<String> modules = new ArrayList<>();
    for (ApiOperation operation : operations) {
      PathItem item = paths.getPathItem(operation.path());
      if (item == null) {
        item = OASFactory.createPathItem();
        paths.addPathItem(operation.path(), item);
      }
      Operation documented = operation(operation, schemas);
      switch (operation.httpMethod()) {
        case "GET" -> item.GET(documented);
        case "POST" -> item.POST(documented);
        case "PUT" -> item.PUT(documented);
        case "DELETE" -> item.DELETE(documented);
        case "PATCH" -> item.PATCH(documented);
        case "HEAD" -> item.HEAD(documented);
        default -> item.OPTIONS(documented);
      }
      if (!modules.contains(operation.module())) {
        modules.add(operation.module());
      }
    }
    var components = OASFactory.createComponents();
    schemas.problemSchemas();
    schemas.components().forEach(components::addSchema);
    PROBLEMS.forEach(
        (status, problem) ->
            components.addResponse(
                problem[0],
                OASFactory.createAPIResponse()
                    .description(problem[1])
                    .content(
                        OASFactory.createContent()
                            .addMediaType(
                                PROBLEM_JSON,
                                OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem"))))));
    components.addSecurityScheme(
        "basic",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("A staff login (the screens' users); the API keeps no session"));
    OpenAPI document =
        OASFactory.createOpenAPI()
            .openapi("3.0.3")
            .info(
                OASFactory.createInfo()
                    .title("StoreCRM API")
                    .version("1")
                    .description(
                        "Customers, sales, value-add and business accounts of an electronics"
                            + " retail chain. JSON in and out; members whose value is null are"
                            + " left out. Errors are RFC 9457 problem documents"
                            + " (application/problem+json)."))
            .paths(paths)
            .components(components)
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
    for (String module : modules) {
      document.addTag(
          OASFactory.createTag()
              .name(module)
              .description(MODULES.getOrDefault(module, "The " + module + " module")));
    }
    return document;
  }

  private static Operation operation(ApiOperation operation, ApiSchemas schemas) {
    Method method = operation.method();
    Operation documented =
        OASFactory.createOperation()
            .operationId(operation.operationId())
            .summary(operation.summary())
            .addTag(operation.module());
    if (operation.description() != null) {
      documented.description(operation.description());
    }
    List<String> roles = ApiOperations.roles(operation);
    if (roles != null) {
      // a mutable list: Payara copies and merges the model's extension values
      documented.addExtension("x-roles", new ArrayList<>(roles));
    }
    boolean input = false;
    Type body = null;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(Context.class)) {
        continue;
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : fields(parameter.getType())) {
          input |= addParameter(documented, field, field.getGenericType(), schemas);
        }
        continue;
      }
      if (isParameter(parameter)) {
        input |= addParameter(documented, parameter, parameter.getParameterizedType(), schemas);
        continue;
      }
      body = parameter.getParameterizedType();
    }
    if (body != null) {
      input = true;
      documented.requestBody(requestBody(operation, body, schemas));
    }
    APIResponses responses = OASFactory.createAPIResponses();
    success(operation, responses, schemas);
    boolean write = !"GET".equals(operation.httpMethod()) && !"HEAD".equals(operation.httpMethod());
    for (Map.Entry<String, String[]> problem : PROBLEMS.entrySet()) {
      String status = problem.getKey();
      boolean applies =
          switch (status) {
            case "400" -> input;
            case "404" -> !operation.pathParameters().isEmpty();
            case "409", "422" -> write;
            default -> true;
          };
      if (applies && responses.getAPIResponse(status) == null) {
        responses.addAPIResponse(
            status,
            OASFactory.createAPIResponse().ref("#/components/responses/" + problem.getValue()[0]));
      }
    }
    return documented.responses(responses);
  }

  private static boolean isParameter(java.lang.reflect.AnnotatedElement element) {
    return element.isAnnotationPresent(PathParam.class)
        || element.isAnnotationPresent(QueryParam.class)
        || element.isAnnotationPresent(HeaderParam.class)
        || element.isAnnotationPresent(CookieParam.class)
        || element.isAnnotationPresent(MatrixParam.class)
        || element.isAnnotationPresent(FormParam.class);
  }

  private static List<Field> fields(Class<?> bean) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (isParameter(field)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** Adds a path, query or header parameter; true when it is input a client may get wrong. */
  private static boolean addParameter(
      Operation operation,
      java.lang.reflect.AnnotatedElement element,
      Type type,
      ApiSchemas schemas) {
    var parameter = OASFactory.createParameter();
    String name;
    org.eclipse.microprofile.openapi.models.parameters.Parameter.In in;
    if (element.isAnnotationPresent(PathParam.class)) {
      name = element.getAnnotation(PathParam.class).value();
      in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
    } else if (element.isAnnotationPresent(QueryParam.class)) {
      name = element.getAnnotation(QueryParam.class).value();
      in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY;
    } else if (element.isAnnotationPresent(HeaderParam.class)) {
      name = element.getAnnotation(HeaderParam.class).value();
      in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER;
    } else if (element.isAnnotationPresent(CookieParam.class)) {
      name = element.getAnnotation(CookieParam.class).value();
      in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.COOKIE;
    } else {
      return false;
    }
    Schema schema = schemas.inline(type);
    schemas.constrain(schema, element.getAnnotations());
    DefaultValue fallback = element.getAnnotation(DefaultValue.class);
    if (fallback != null) {
      schema.defaultValue(ApiSchemas.typed(schema, fallback.value()));
    }
    boolean required =
        in == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
            || ApiSchemas.required(element.getAnnotations());
    var annotation =
        element.getAnnotation(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    String description =
        annotation != null && !annotation.description().isBlank()
            ? annotation.description()
            : PARAMETERS.get(name);
    if (description == null && schema.getDescription() != null) {
      description = schema.getDescription();
    }
    parameter.name(name).in(in).required(required).schema(schema);
    if (description != null) {
      parameter.description(description);
    }
    operation.addParameter(parameter);
    return in != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
  }

  private static RequestBody requestBody(ApiOperation operation, Type body, ApiSchemas schemas) {
    Content content = OASFactory.createContent();
    for (String type : mediaTypes(operation, Consumes.class)) {
      Schema schema =
          type.startsWith("application/json") ? schemas.of(body) : ApiSchemas.text(body);
      content.addMediaType(type, OASFactory.createMediaType().schema(schema));
    }
    return OASFactory.createRequestBody().required(true).content(content);
  }

  private static void success(ApiOperation operation, APIResponses responses, ApiSchemas schemas) {
    Method method = operation.method();
    APIResponse[] declared = method.getAnnotationsByType(APIResponse.class);
    if (declared.length > 0) {
      for (APIResponse response : declared) {
        var documented =
            OASFactory.createAPIResponse()
                .description(response.description().isBlank() ? "Success" : response.description());
        Content content = OASFactory.createContent();
        for (var annotated : response.content()) {
          Class<?> type = annotated.schema().implementation();
          if (type == Void.class) {
            continue;
          }
          String media =
              annotated.mediaType().isBlank()
                  ? mediaTypes(operation, Produces.class).get(0)
                  : annotated.mediaType();
          content.addMediaType(media, OASFactory.createMediaType().schema(schemas.of(type)));
        }
        if (content.getMediaTypes() != null && !content.getMediaTypes().isEmpty()) {
          documented.content(content);
        }
        responses.addAPIResponse(response.responseCode(), documented);
      }
      return;
    }
    Type returned = method.getGenericReturnType();
    if (returned == void.class || returned == Void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
      return;
    }
    if (returned == Response.class) {
      Type created = ApiOperations.createdType(operation);
      if (created != null) {
        responses.addAPIResponse(
            "201",
            OASFactory.createAPIResponse()
                .description("Created; Location names the new record")
                .content(content(operation, created, schemas)));
      } else {
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("Success"));
      }
      return;
    }
    responses.addAPIResponse(
        "200",
        OASFactory.createAPIResponse()
            .description("Success")
            .content(content(operation, returned, schemas)));
  }

  private static Content content(ApiOperation operation, Type type, ApiSchemas schemas) {
    Content content = OASFactory.createContent();
    for (String media : mediaTypes(operation, Produces.class)) {
      Schema schema =
          media.startsWith("application/json") ? schemas.of(type) : ApiSchemas.text(type);
      content.addMediaType(media, OASFactory.createMediaType().schema(schema));
    }
    return content;
  }

  private static List<String> mediaTypes(ApiOperation operation, Class<? extends Annotation> kind) {
    String[] types = null;
    Annotation onMethod = operation.method().getAnnotation(kind);
    Annotation onClass = operation.resource().getAnnotation(kind);
    Annotation chosen = onMethod != null ? onMethod : onClass;
    if (chosen instanceof Consumes consumes) {
      types = consumes.value();
    } else if (chosen instanceof Produces produces) {
      types = produces.value();
    }
    List<String> list = new ArrayList<>();
    if (types != null) {
      for (String type : types) {
        for (String one : type.split(",")) {
          if (!one.isBlank()) {
            list.add(one.trim());
          }
        }
      }
    }
    if (list.isEmpty()) {
      list.add(MediaType.APPLICATION_JSON);
    }
    return list;
  }
}
