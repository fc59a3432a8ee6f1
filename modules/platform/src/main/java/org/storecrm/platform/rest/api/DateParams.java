package org.storecrm.platform.rest.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * ISO dates ({@code 2026-11-23}) and months ({@code 2026-11}) as query and path parameters; a
 * malformed one is a 400 problem that names it, not a 404 (JAX-RS's default for a bad parameter).
 */
@Provider
public class DateParams implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) converter(LocalDate::parse);
    }
    if (rawType == YearMonth.class) {
      return (ParamConverter<T>) converter(YearMonth::parse);
    }
    return null;
  }

  private static <V> ParamConverter<V> converter(Function<String, V> parse) {
    return new ParamConverter<>() {
      @Override
      public V fromString(String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return parse.apply(value.trim());
        } catch (DateTimeParseException e) {
          throw new BadRequestException("Not an ISO date or month: " + value, e);
        }
      }

      @Override
      public String toString(V value) {
        return value.toString();
      }
    };
  }
}
