package org.storecrm.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.platform.rest.api.Problem;

/**
 * Checks a request body, parsed as a JSON tree, against the Java type it is about to be bound to,
 * before JSON-B binds it: JSON-B coerces silently ({@code 1e308} or {@code 0.9} into an {@code int}
 * becomes 0), so every value is checked here first. Whole numbers must be whole and fit their type,
 * dates must lie in the plausible range, texts must not carry control or bidirectional override
 * characters, enums must name a constant. Each problem names the field as the client sent it
 * ({@code lines[0].quantity}).
 *
 * @param earliest the first plausible date (a birthday in year 1 is a typing error)
 * @param latest the last plausible date (a contact in year 9999 is one too)
 */
public record InputRules(LocalDate earliest, LocalDate latest) {

  /** The problems of a body; empty when it may be bound. */
  public List<Problem.FieldError> check(JsonValue body, Type type) {
    List<Problem.FieldError> errors = new ArrayList<>();
    check(body, type, "", errors);
    return errors;
  }

  /** The first character a text must not hold, or -1: controls (but tab and line breaks), bidi. */
  public static int forbiddenCharacter(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
      boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      if (control || bidi) {
        return c;
      }
    }
    return -1;
  }

  private void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (value != null && raw(type).isPrimitive()) {
        // a primitive cannot be null: JSON-B would fail with a message of its own
        errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, "is required"));
      }
      return; // absent: Bean Validation decides whether it was required
    }
    Class<?> raw = raw(type);
    String field = path.isEmpty() ? "body" : path;
    if (raw == Optional.class) {
      check(value, argument(type, 0), path, errors);
    } else if (isWholeNumber(raw)) {
      wholeNumber(value, raw, field, errors);
    } else if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class) {
      decimal(value, field, errors, raw == float.class || raw == Float.class);
    } else if (raw == BigDecimal.class) {
      amount(value, field, errors);
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(new Problem.FieldError(field, "must be true or false"));
      }
    } else if (CharSequence.class.isAssignableFrom(raw)) {
      text(value, field, errors);
    } else if (raw.isEnum()) {
      constant(value, raw, field, errors);
    } else if (raw == LocalDate.class) {
      date(value, field, errors, LocalDate::parse, "a date (yyyy-MM-dd)", d -> d);
    } else if (raw == YearMonth.class) {
      date(value, field, errors, YearMonth::parse, "a month (yyyy-MM)", m -> m.atDay(1));
    } else if (raw == Instant.class) {
      date(
          value,
          field,
          errors,
          Instant::parse,
          "an instant (ISO-8601, e.g. 2026-03-01T09:30:00Z)",
          i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    } else if (raw == OffsetDateTime.class) {
      date(
          value,
          field,
          errors,
          OffsetDateTime::parse,
          "a date-time with offset",
          OffsetDateTime::toLocalDate);
    } else if (raw == ZonedDateTime.class) {
      date(
          value,
          field,
          errors,
          ZonedDateTime::parse,
          "a date-time with zone",
          ZonedDateTime::toLocalDate);
    } else if (raw == LocalDateTime.class) {
      date(value, field, errors, LocalDateTime::parse, "a date-time", LocalDateTime::toLocalDate);
    } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      elements(value, type, raw, path, field, errors);
    } else if (Map.class.isAssignableFrom(raw)) {
      if (value instanceof JsonObject object) {
        Type values = argument(type, 1);
        object.forEach((key, member) -> check(member, values, join(path, key), errors));
      } else {
        errors.add(new Problem.FieldError(field, "must be an object"));
      }
    } else if (raw.isRecord() || isOwnClass(raw)) {
      members(value, raw, path, field, errors);
    }
    // Anything else (JsonValue, Object, ...) is taken as it is.
  }

  private static boolean isWholeNumber(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == BigInteger.class;
  }

  private static void wholeNumber(
      JsonValue value, Class<?> raw, String field, List<Problem.FieldError> errors) {
    if (!(value instanceof JsonNumber number)) {
      errors.add(new Problem.FieldError(field, "must be a whole number"));
      return;
    }
    BigDecimal exact = number.bigDecimalValue();
    if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
      errors.add(new Problem.FieldError(field, "must be a whole number"));
      return;
    }
    if (raw == BigInteger.class) {
      return;
    }
    long[] range = range(raw);
    BigInteger whole = exact.toBigInteger();
    if (whole.compareTo(BigInteger.valueOf(range[0])) < 0
        || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
      errors.add(
          new Problem.FieldError(
              field, "must be a whole number from " + range[0] + " to " + range[1]));
    }
  }

  private static long[] range(Class<?> raw) {
    if (raw == long.class || raw == Long.class) {
      return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
    if (raw == short.class || raw == Short.class) {
      return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
    }
    if (raw == byte.class || raw == Byte.class) {
      return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
    }
    return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
  }

  private static void decimal(
      JsonValue value, String field, List<Problem.FieldError> errors, boolean single) {
    if (!(value instanceof JsonNumber number)) {
      errors.add(new Problem.FieldError(field, "must be a number"));
      return;
    }
    double parsed = number.doubleValue();
    if (Double.isInfinite(parsed) || (single && Float.isInfinite((float) parsed))) {
      errors.add(new Problem.FieldError(field, "is too large"));
    }
  }

  /** An amount: a decimal number, sent as a JSON number or as a string holding one. */
  private static void amount(JsonValue value, String field, List<Problem.FieldError> errors) {
    if (value instanceof JsonNumber) {
      return;
    }
    if (value instanceof JsonString text) {
      try {
        new BigDecimal(text.getString().strip());
        return;
      } catch (NumberFormatException notANumber) {
        // reported below
      }
    }
    errors.add(new Problem.FieldError(field, "must be a decimal number, e.g. \"1299.00\""));
  }

  private static void text(JsonValue value, String field, List<Problem.FieldError> errors) {
    if (!(value instanceof JsonString text)) {
      errors.add(new Problem.FieldError(field, "must be a text"));
      return;
    }
    int forbidden = forbiddenCharacter(text.getString());
    if (forbidden >= 0) {
      errors.add(
          new Problem.FieldError(
              field,
              String.format(
                  "must not contain control or text-direction characters (U+%04X)", forbidden)));
    }
  }

  private static void constant(
      JsonValue value, Class<?> raw, String field, List<Problem.FieldError> errors) {
    List<String> names =
        Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
      errors.add(new Problem.FieldError(field, "must be one of " + String.join(", ", names)));
    }
  }

  private <T> void date(
      JsonValue value,
      String field,
      List<Problem.FieldError> errors,
      Function<String, T> parse,
      String form,
      Function<T, LocalDate> day) {
    if (!(value instanceof JsonString text)) {
      errors.add(new Problem.FieldError(field, "must be " + form));
      return;
    }
    LocalDate on;
    try {
      on = day.apply(parse.apply(text.getString()));
    } catch (DateTimeParseException | ArithmeticException unparsable) {
      errors.add(new Problem.FieldError(field, "must be " + form));
      return;
    }
    if (on.isBefore(earliest) || on.isAfter(latest)) {
      errors.add(new Problem.FieldError(field, "must lie between " + earliest + " and " + latest));
    }
  }

  private void elements(
      JsonValue value,
      Type type,
      Class<?> raw,
      String path,
      String field,
      List<Problem.FieldError> errors) {
    if (!(value instanceof JsonArray array)) {
      errors.add(new Problem.FieldError(field, "must be a list"));
      return;
    }
    Type element =
        raw.isArray()
            ? (type instanceof GenericArrayType generic
                ? generic.getGenericComponentType()
                : raw.getComponentType())
            : argument(type, 0);
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), element, path + "[" + i + "]", errors);
    }
  }

  private void members(
      JsonValue value, Class<?> raw, String path, String field, List<Problem.FieldError> errors) {
    if (!(value instanceof JsonObject object)) {
      errors.add(new Problem.FieldError(field, "must be an object"));
      return;
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        check(
            object.get(component.getName()),
            component.getGenericType(),
            join(path, component.getName()),
            errors);
      }
      return;
    }
    for (Class<?> level = raw;
        level != null && level != Object.class;
        level = level.getSuperclass()) {
      for (Field member : level.getDeclaredFields()) {
        if (!Modifier.isStatic(member.getModifiers())
            && !Modifier.isTransient(member.getModifiers())) {
          check(
              object.get(member.getName()),
              member.getGenericType(),
              join(path, member.getName()),
              errors);
        }
      }
    }
  }

  /** The application's own request classes are checked member by member; others are not. */
  private static boolean isOwnClass(Class<?> raw) {
    return raw.getName().startsWith("org.storecrm.");
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    if (type instanceof GenericArrayType array) {
      return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0)
          .getClass();
    }
    if (type instanceof WildcardType wildcard) {
      return raw(wildcard.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index) {
      return parameterized.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
