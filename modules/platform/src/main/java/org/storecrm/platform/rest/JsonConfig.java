package org.storecrm.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** One JSON-B configuration for the whole API: no null members, ISO-8601 dates (the default). */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
