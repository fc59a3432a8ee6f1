package org.storecrm.platform.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;

/**
 * Which bodies StoreCRM reads and writes as JSON itself ({@link StrictJsonInput}, {@link
 * JsonOutput}).
 */
final class JsonBodies {
  private JsonBodies() {}

  /** application/json or any application/*+json (problem+json). */
  static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && "application".equals(mediaType.getType())
        && ("json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json"));
  }

  /**
   * Bodies that are already text, bytes, streams or JSON-P values keep the container's handling.
   */
  static boolean isRaw(Class<?> type) {
    return CharSequence.class.isAssignableFrom(type)
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || File.class.isAssignableFrom(type)
        || StreamingOutput.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type);
  }
}
