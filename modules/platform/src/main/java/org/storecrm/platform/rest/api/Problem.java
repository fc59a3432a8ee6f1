package org.storecrm.platform.rest.api;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. Kept as an ordered map so that extension members (the field list,
 * the id of an existing record) sit at the top level as the RFC asks.
 */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://storecrm.org/problems/";

  private final int status;
  private final Map<String, Object> members = new LinkedHashMap<>();

  /** One invalid input: the field's name as the client sent it, and what is wrong with it. */
  public record FieldError(String field, String message) {}

  private Problem(String type, String title, int status, String detail) {
    this.status = status;
    members.put("type", URI.create(TYPE_BASE + type).toString());
    members.put("title", title);
    members.put("status", status);
    if (detail != null) {
      members.put("detail", detail);
    }
  }

  public static Problem of(String type, String title, Response.Status status, String detail) {
    return new Problem(type, title, status.getStatusCode(), detail);
  }

  public static Problem of(String type, String title, int status, String detail) {
    return new Problem(type, title, status, detail);
  }

  public Problem withErrors(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      members.put(
          "errors",
          errors.stream()
              .map(error -> Map.of("field", error.field(), "message", error.message()))
              .toList());
    }
    return this;
  }

  public Problem with(String member, Object value) {
    members.put(member, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, Object> members() {
    return members;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(members).build();
  }
}
