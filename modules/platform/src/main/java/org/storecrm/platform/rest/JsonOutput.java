package org.storecrm.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes every JSON response body (and problem+json) with one shared {@link Jsonb}: JSON-B's
 * defaults, except that decimals ({@link BigDecimal}: amounts, rates) are JSON strings holding the
 * plain number at its stored scale ({@code "1299.00"}), so no client parses money into a binary
 * floating point number. Requests accept a string or a number ({@link InputRules}).
 *
 * <p>A writer interceptor that writes the body itself instead of handing it on: Payara's own JSON-B
 * message body writer is chosen over an application's writer, but every interceptor runs whichever
 * writer is chosen. Not a {@code ContextResolver<Jsonb>} either: Payara's JSON-B resolver
 * instantiates application resolver classes on first use without synchronisation (concurrent first
 * requests failed). One instance holds one thread-safe {@link Jsonb}, built once.
 */
@Provider
public class JsonOutput implements WriterInterceptor {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withSerializers(new DecimalAsString()));

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Object entity = context.getEntity();
    if (entity == null
        || !JsonBodies.isJson(context.getMediaType())
        || JsonBodies.isRaw(entity.getClass())) {
      context.proceed();
      return;
    }
    byte[] json = JSONB.toJson(entity, context.getGenericType()).getBytes(charset(context));
    context.getOutputStream().write(json);
  }

  private static Charset charset(WriterInterceptorContext context) {
    String name = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
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
