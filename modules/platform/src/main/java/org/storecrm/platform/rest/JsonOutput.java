package org.storecrm.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes every JSON response body (and problem+json) with one shared {@link Jsonb}: JSON-B's
 * defaults, except that decimals ({@link BigDecimal}: amounts, rates) are JSON strings holding the
 * plain number at its stored scale ({@code "1299.00"}), so no client parses money into a binary
 * floating point number. Requests are read by the container as before and accept a string or a
 * number ({@link InputRules}).
 *
 * <p>A writer, not a {@code ContextResolver<Jsonb>}: Payara's own JSON-B resolver instantiates
 * application resolver classes on first use without synchronisation (concurrent first requests
 * failed). This writer is one instance holding one thread-safe {@link Jsonb} built once, and as an
 * application provider it is chosen before the container's JSON-B writer.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonOutput implements MessageBodyWriter<Object> {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withSerializers(new DecimalAsString()));

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && !isRaw(type);
  }

  @Override
  public void writeTo(
      Object entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws IOException {
    entityStream.write(JSONB.toJson(entity).getBytes(charset(mediaType)));
    entityStream.flush();
  }

  /** The JSON text JSON-B writes for a value, as a response would carry it. */
  static String toJson(Object value) {
    return JSONB.toJson(value);
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && "application".equals(mediaType.getType())
        && ("json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json"));
  }

  /** Bodies that are already bytes or text, or JSON-P values, keep the container's writers. */
  private static boolean isRaw(Class<?> type) {
    return CharSequence.class.isAssignableFrom(type)
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || File.class.isAssignableFrom(type)
        || StreamingOutput.class.isAssignableFrom(type)
        || jakarta.json.JsonValue.class.isAssignableFrom(type);
  }

  private static Charset charset(MediaType mediaType) {
    String name = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
    return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
  }

  /** A decimal as a string of its plain digits at its own scale: never an exponent. */
  static final class DecimalAsString implements JsonbSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
      generator.write(value.toPlainString());
    }
  }
}
