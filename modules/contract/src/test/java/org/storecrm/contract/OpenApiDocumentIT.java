package org.storecrm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * The document the running StoreCRM serves at /openapi, as the official OpenAPI generator's {@code
 * validate} reads it (its parser's messages and its rules): no errors. And what a client generator
 * needs from it: unique operationIds, summaries, a tag per module, problem answers, typed dates and
 * instants, listed enums, described paging, declared security, nothing that is not OpenAPI.
 */
class OpenApiDocumentIT {
  private static final List<String> HTTP_METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static URI base;
  private static String json;
  private static JsonNode document;

  @BeforeAll
  static void fetch() throws Exception {
    base = ServedStoreCrm.baseUri(Path.of(System.getProperty("storecrm.contract.work")));
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    json = served.body();
    document = new ObjectMapper().readTree(json);
  }

  @Test
  void theOfficialGeneratorFindsNoError() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, options);
    Set<String> errors = new HashSet<>(parsed.getMessages());
    assertThat(parsed.getOpenAPI()).as("parsed: " + errors).isNotNull();
    RuleConfiguration rules = new RuleConfiguration();
    rules.setEnableRecommendations(true);
    ValidationResult result = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());
    result.getErrors().forEach(invalid -> errors.add(invalid.getMessage()));
    result.getWarnings().forEach(warning -> System.out.println("warning: " + warning.getMessage()));
    assertThat(errors).as("openapi-generator validate").isEmpty();
  }

  @Test
  void everyOperationHasAUniqueIdASummaryATagAndItsProblems() {
    Set<String> ids = new HashSet<>();
    List<String> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        entry -> {
                          if (!HTTP_METHODS.contains(entry.getKey())) {
                            return;
                          }
                          JsonNode operation = entry.getValue();
                          String where = entry.getKey() + " " + path.getKey();
                          operations.add(where);
                          String id = operation.path("operationId").asText();
                          assertThat(id).as(where).matches("[a-z][A-Za-z0-9]*");
                          assertThat(ids.add(id)).as("operationId " + id + " twice").isTrue();
                          assertThat(operation.path("summary").asText()).as(where).isNotBlank();
                          assertThat(operation.path("tags")).as(where).hasSize(1);
                          JsonNode responses = operation.get("responses");
                          assertThat(responses.has("401")).as(where).isTrue();
                          assertThat(responses.get("401").get("$ref").asText())
                              .isEqualTo("#/components/responses/Unauthorized");
                          if (path.getKey().contains("{")) {
                            assertThat(responses.has("404")).as(where).isTrue();
                          }
                          if (!entry.getKey().equals("get")) {
                            assertThat(responses.has("422")).as(where).isTrue();
                          }
                        }));
    assertThat(operations).hasSizeGreaterThan(90);
    assertThat(ids)
        .contains("listCustomers", "runFollowUpSweep", "createUser", "submitOrder", "sellGiftPack");
  }

  @Test
  void tagsAreTheModules() {
    List<String> tags = new ArrayList<>();
    document.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
    assertThat(tags)
        .containsExactlyInAnyOrder(
            "platform", "customers", "sales", "bundles", "services", "accounts");
  }

  @Test
  void problemsAreProblemJsonWithTheirFieldErrors() {
    JsonNode components = document.get("components");
    for (String name :
        List.of(
            "BadRequest",
            "Unauthorized",
            "Forbidden",
            "NotFound",
            "Conflict",
            "UnprocessableEntity")) {
      assertThat(
              components
                  .at("/responses/" + name + "/content/application~1problem+json/schema/$ref")
                  .asText())
          .as(name)
          .isEqualTo("#/components/schemas/Problem");
    }
    JsonNode problem = components.at("/schemas/Problem/properties");
    assertThat(problem.at("/errors/items/$ref").asText())
        .isEqualTo("#/components/schemas/FieldError");
    assertThat(problem.at("/status/type").asText()).isEqualTo("integer");
  }

  @Test
  void typesAreWhatTheWireCarries() {
    JsonNode schemas = document.at("/components/schemas");
    JsonNode card = schemas.at("/CustomerCard/properties");
    assertThat(card.at("/birthday/format").asText()).isEqualTo("date");
    assertThat(card.at("/lastContactAt/format").asText()).isEqualTo("date-time");
    assertThat(card.at("/id/type").asText()).isEqualTo("integer");
    assertThat(card.at("/id/format").asText()).isEqualTo("int64");
    JsonNode product = schemas.at("/ProductView/properties");
    // Money as decimal strings: openapi-generator maps string/number to BigDecimal.
    assertThat(product.at("/price/type").asText()).isEqualTo("string");
    assertThat(product.at("/price/format").asText()).isEqualTo("number");
    assertThat(product.at("/category/$ref").asText()).isEqualTo("#/components/schemas/Category");
    assertThat(schemas.at("/Category/enum")).extracting(JsonNode::asText).contains("NOTEBOOK");
    assertThat(schemas.at("/CustomerSummaryPage/properties/items/items/$ref").asText())
        .isEqualTo("#/components/schemas/CustomerSummary");
    assertThat(schemas.at("/NewUser/required")).extracting(JsonNode::asText).contains("username");
    assertThat(schemas.at("/NewUser/properties/language/description").asText()).contains("zh-CN");
  }

  @Test
  void pagingParametersAreDescribedAndDatesTyped() {
    JsonNode parameters = document.at("/paths/~1api~1v1~1customers/get/parameters");
    Map<String, JsonNode> byName = new java.util.HashMap<>();
    parameters.forEach(p -> byName.put(p.get("name").asText(), p));
    assertThat(byName).containsKeys("q", "page", "size", "sort", "desc");
    assertThat(byName.get("size").at("/schema/maximum").asInt()).isEqualTo(200);
    assertThat(byName.get("page").path("description").asText()).isNotBlank();
    JsonNode day = document.at("/paths/~1api~1v1~1appointments/get/parameters");
    day.forEach(
        p -> {
          if (p.get("name").asText().equals("day")) {
            assertThat(p.at("/schema/format").asText()).isEqualTo("date");
            assertThat(p.get("required").asBoolean()).isTrue();
          }
        });
  }

  @Test
  void securityIsDeclaredAndNothingStrayIsServed() {
    assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(document.at("/security/0").has("basic")).isTrue();
    assertThat(document.has("endpoints")).isFalse();
    document
        .get("servers")
        .forEach(server -> assertThat(server.get("url").asText()).doesNotEndWith("/"));
  }
}
