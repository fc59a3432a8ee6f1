package org.storecrm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the REST API for system tests: one user's Basic credentials. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static Api as(URI base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token);
  }

  public static Api anonymous(URI base) {
    return new Api(base, null);
  }

  /**
   * A decimal member (an amount, a rate) of a response: a JSON string holding the plain number at
   * its stored scale ({@code "1299.00"}), never a JSON number that a client would read as binary
   * floating point.
   */
  public static BigDecimal decimal(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
      throw new AssertionError(name + " is not a decimal string: " + value + " in " + object);
    }
    String text = object.getString(name);
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      throw new AssertionError(name + " is not a plain decimal: " + text);
    }
    return new BigDecimal(text);
  }

  /** The id of a staff member, looked up as this caller (an administrator or their manager). */
  public long userId(String username) {
    return get("users?size=50&q=" + username)
        .json()
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no user " + username))
        .getJsonNumber("id")
        .longValue();
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  /** A POST with extra headers, as name-value pairs (e.g. {@code "Idempotency-Key", key}). */
  public Reply post(String path, String json, String... headers) {
    HttpRequest.Builder builder =
        request(path).header("Content-Type", "application/json").POST(body(json));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  /** A GET asking for another media type than JSON (e.g. {@code text/csv}). */
  public Reply get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  /** A POST of a body that is not JSON (e.g. a CSV file as bytes). */
  public Reply post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve("api/v1/" + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.header("Accept", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers and the body as JSON, text or bytes. */
  public record Reply(HttpResponse<byte[]> response) {
    public int status() {
      return response.statusCode();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** The body as UTF-8 text (a byte order mark stays, as {@code \uFEFF}). */
    public String body() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
      return response.body();
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body())).read();
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
