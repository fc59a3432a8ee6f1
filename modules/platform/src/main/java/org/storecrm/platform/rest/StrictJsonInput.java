package org.storecrm.platform.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.rest.api.Problem;

/**
 * Checks every JSON request body with {@link InputRules} before JSON-B binds it, whichever reader
 * binds it: JSON-B coerces silently ({@code {"onHand": 1e308}} became a stock of 0), so a value
 * that does not fit its field is refused with a 400 naming the field, and nothing is changed.
 */
@Provider
public class StrictJsonInput implements ReaderInterceptor {
  /** The largest body read: far above any real request, far below what would hurt the server. */
  static final int MAX_BYTES = 1 << 20;

  private volatile PlatformSettings settings;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!JsonBodies.isJson(context.getMediaType()) || JsonBodies.isRaw(context.getType())) {
      return context.proceed();
    }
    byte[] bytes = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          List.of(new Problem.FieldError("body", "is larger than " + MAX_BYTES + " bytes")));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new InvalidInputException(
          List.of(new Problem.FieldError("body", "is required (JSON)")));
    }
    JsonValue tree;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      tree = reader.readValue();
    } catch (JsonException malformed) {
      throw new JsonbException("The request body is not valid JSON", malformed);
    }
    List<Problem.FieldError> errors = settings().inputRules().check(tree, context.getGenericType());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  private PlatformSettings settings() {
    PlatformSettings known = settings;
    if (known == null) {
      known = CDI.current().select(PlatformSettings.class).get();
      settings = known;
    }
    return known;
  }
}
