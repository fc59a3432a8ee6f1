package org.storecrm.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of Java types as JSON-B writes and reads them: records and beans become named
 * components, enums list their constants, dates are {@code format: date}, instants {@code
 * date-time}, months {@code yyyy-MM}, amounts ({@link BigDecimal}) decimal strings ({@code format:
 * number}), {@code Page<CustomerSummary>} the component {@code CustomerSummaryPage}. Two classes of
 * one simple name in different modules are told apart by their module ({@code SalesLine}).
 */
final class ApiSchemas {
  private final Map<String, Schema> components = new TreeMap<>();
  private final Map<String, String> names = new HashMap<>();

  Map<String, Schema> components() {
    return components;
  }

  /** The schema of a type: a reference for named types, inline for the rest. */
  Schema of(Type type) {
    return schema(type, Map.of());
  }

  /** The schema of a parameter: like {@link #of}, always a fresh object that may be changed. */
  Schema inline(Type type) {
    Schema schema = schema(type, Map.of());
    if (schema.getRef() != null) {
      return OASFactory.createSchema().allOf(new ArrayList<>(List.of(schema)));
    }
    return schema;
  }

  /** A non-JSON body (CSV, text, bytes). */
  static Schema text(Type type) {
    Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
    if (type == InputStream.class || type == byte[].class) {
      schema.format("binary");
    }
    return schema;
  }

  private Schema schema(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      return bound == null ? free() : schema(bound, Map.of());
    }
    if (type instanceof WildcardType wildcard) {
      return schema(wildcard.getUpperBounds()[0], bindings);
    }
    if (type instanceof GenericArrayType array) {
      return array(schema(array.getGenericComponentType(), bindings));
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        Schema array = array(schema(arguments[0], bindings));
        if (Set.class.isAssignableFrom(raw)) {
          array.uniqueItems(true);
        }
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(schema(arguments[1], bindings));
      }
      if (raw == Optional.class) {
        return schema(arguments[0], bindings);
      }
      Map<TypeVariable<?>, Type> bound = new HashMap<>();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      List<Type> resolved = new ArrayList<>();
      for (int i = 0; i < variables.length; i++) {
        Type argument = resolve(arguments[i], bindings);
        bound.put(variables[i], argument);
        resolved.add(argument);
      }
      StringBuilder name = new StringBuilder();
      for (Type argument : resolved) {
        name.append(nameOf(argument));
      }
      name.append(raw.getSimpleName());
      return named(raw, name.toString(), parameterized.getTypeName(), bound);
    }
    Class<?> raw = (Class<?>) type;
    Schema scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw.isArray()) {
      return array(schema(raw.getComponentType(), bindings));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return array(free());
    }
    if (Map.class.isAssignableFrom(raw)
        || raw == Object.class
        || JsonValue.class.isAssignableFrom(raw)
        || raw.isInterface()) {
      return free();
    }
    return named(raw, raw.getSimpleName(), raw.getName(), Map.of());
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
      return bindings.get(variable);
    }
    return type;
  }

  private static String nameOf(Type type) {
    if (type instanceof Class<?> raw) {
      return raw.getSimpleName();
    }
    if (type instanceof ParameterizedType parameterized) {
      StringBuilder name = new StringBuilder();
      for (Type argument : parameterized.getActualTypeArguments()) {
        name.append(nameOf(argument));
      }
      return name + ((Class<?>) parameterized.getRawType()).getSimpleName();
    }
    return "Object";
  }

  /** A reference to the component of a record, bean or enum, building it the first time. */
  private Schema named(
      Class<?> raw, String simpleName, String key, Map<TypeVariable<?>, Type> bindings) {
    String name = names.get(key);
    if (name == null) {
      name = simpleName;
      if (names.containsValue(name) || components.containsKey(name)) {
        String module = module(raw);
        name = module + simpleName;
        for (int n = 2; names.containsValue(name); n++) {
          name = module + simpleName + n;
        }
      }
      names.put(key, name);
      components.put(name, OASFactory.createSchema());
      components.put(name, raw.isEnum() ? enumeration(raw) : object(raw, bindings));
    }
    return OASFactory.createSchema().ref(name);
  }

  private static String module(Class<?> type) {
    String[] parts = type.getName().split("\\.");
    String module = parts.length > 2 && parts[1].equals("storecrm") ? parts[2] : parts[0];
    return Character.toUpperCase(module.charAt(0)) + module.substring(1);
  }

  private static Schema enumeration(Class<?> type) {
    List<Object> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      values.add(((Enum<?>) constant).name());
    }
    return OASFactory.createSchema().type(SchemaType.STRING).enumeration(values);
  }

  private Schema object(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
    describe(
        object,
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Member member : members(type)) {
      Schema property = schema(member.type(), bindings);
      Annotation[] annotations = member.annotations();
      if (property.getRef() == null) {
        constrain(property, annotations);
      }
      properties.put(member.name(), property);
      if (required(annotations)) {
        required.add(member.name());
      }
    }
    object.properties(properties);
    if (!required.isEmpty()) {
      object.required(required);
    }
    return object;
  }

  private record Member(String name, Type type, Annotation[] annotations) {}

  /** The JSON members of a record (its components) or of a bean (its public getters). */
  private static List<Member> members(Class<?> type) {
    List<Member> members = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        List<Annotation> annotations = new ArrayList<>();
        try {
          Field field = type.getDeclaredField(component.getName());
          annotations.addAll(List.of(field.getAnnotations()));
        } catch (NoSuchFieldException e) {
          // a record always has the field
        }
        annotations.addAll(List.of(component.getAccessor().getAnnotations()));
        Annotation[] all = annotations.toArray(Annotation[]::new);
        if (has(all, JsonbTransient.class)) {
          continue;
        }
        members.add(
            new Member(jsonName(component.getName(), all), component.getGenericType(), all));
      }
      return members;
    }
    for (Method getter : type.getMethods()) {
      String name = getter.getName();
      if (getter.getParameterCount() > 0
          || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class
          || getter.isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      String property;
      if (name.startsWith("get") && name.length() > 3) {
        property = name.substring(3);
      } else if (name.startsWith("is")
          && name.length() > 2
          && (getter.getReturnType() == boolean.class)) {
        property = name.substring(2);
      } else {
        continue;
      }
      property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
      members.add(
          new Member(
              jsonName(property, getter.getAnnotations()),
              getter.getGenericReturnType(),
              getter.getAnnotations()));
    }
    members.sort(java.util.Comparator.comparing(Member::name));
    return members;
  }

  private static String jsonName(String name, Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof JsonbProperty property && !property.value().isBlank()) {
        return property.value();
      }
    }
    return name;
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> kind) {
    for (Annotation annotation : annotations) {
      if (kind.isInstance(annotation)) {
        return true;
      }
    }
    return false;
  }

  static boolean required(Annotation[] annotations) {
    return has(annotations, NotNull.class)
        || has(annotations, NotBlank.class)
        || has(annotations, NotEmpty.class);
  }

  /** Bean Validation and {@code @Schema} words on an inline schema. */
  void constrain(Schema schema, Annotation[] annotations) {
    boolean text = schema.getType() == SchemaType.STRING;
    boolean array = schema.getType() == SchemaType.ARRAY;
    org.eclipse.microprofile.openapi.annotations.media.Schema words = null;
    for (Annotation annotation : annotations) {
      if (annotation instanceof org.eclipse.microprofile.openapi.annotations.media.Schema s) {
        words = s;
      } else if (annotation instanceof Size size) {
        if (text) {
          if (size.min() > 0) {
            schema.minLength(size.min());
          }
          if (size.max() < Integer.MAX_VALUE) {
            schema.maxLength(size.max());
          }
        } else if (array) {
          if (size.min() > 0) {
            schema.minItems(size.min());
          }
          if (size.max() < Integer.MAX_VALUE) {
            schema.maxItems(size.max());
          }
        }
      } else if (annotation instanceof NotBlank || annotation instanceof NotEmpty) {
        if (text && schema.getMinLength() == null) {
          schema.minLength(1);
        } else if (array && schema.getMinItems() == null) {
          schema.minItems(1);
        }
      } else if (annotation instanceof Min min) {
        schema.minimum(BigDecimal.valueOf(min.value()));
      } else if (annotation instanceof Max max) {
        schema.maximum(BigDecimal.valueOf(max.value()));
      } else if (annotation instanceof DecimalMin min) {
        schema.minimum(new BigDecimal(min.value()));
        if (!min.inclusive()) {
          schema.exclusiveMinimum(true);
        }
      } else if (annotation instanceof DecimalMax max) {
        schema.maximum(new BigDecimal(max.value()));
        if (!max.inclusive()) {
          schema.exclusiveMaximum(true);
        }
      } else if (annotation instanceof Positive) {
        schema.minimum(BigDecimal.ZERO).exclusiveMinimum(true);
      } else if (annotation instanceof PositiveOrZero) {
        schema.minimum(BigDecimal.ZERO);
      } else if (annotation instanceof Negative) {
        schema.maximum(BigDecimal.ZERO).exclusiveMaximum(true);
      } else if (annotation instanceof NegativeOrZero) {
        schema.maximum(BigDecimal.ZERO);
      } else if (annotation instanceof Email) {
        schema.format("email");
      }
    }
    if (words != null) {
      describe(schema, words);
    } else {
      for (Annotation annotation : annotations) {
        if (annotation instanceof Pattern pattern && text) {
          schema.pattern("^(" + pattern.regexp() + ")$");
        }
      }
    }
  }

  /** What a {@code @Schema} annotation says: it wins over what the Java type tells. */
  private static void describe(
      Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema words) {
    if (words == null) {
      return;
    }
    if (!words.description().isBlank()) {
      schema.description(words.description());
    }
    if (!words.example().isBlank()) {
      schema.example(words.example());
    }
    if (!words.pattern().isBlank()) {
      schema.pattern(words.pattern());
    }
    if (!words.format().isBlank()) {
      schema.format(words.format());
    }
    if (words.enumeration().length > 0) {
      schema.enumeration(new ArrayList<>(List.of((Object[]) words.enumeration())));
    }
  }

  /** A {@code @DefaultValue} in the parameter's own type. */
  static Object typed(Schema schema, String value) {
    try {
      if (schema.getType() == SchemaType.INTEGER) {
        return Long.valueOf(value);
      }
      if (schema.getType() == SchemaType.BOOLEAN) {
        return Boolean.valueOf(value);
      }
      if (schema.getType() == SchemaType.NUMBER) {
        return new BigDecimal(value);
      }
    } catch (NumberFormatException e) {
      // documented as written
    }
    return value;
  }

  private static Schema scalar(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return string(null);
    }
    if (type == boolean.class || type == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (type == int.class
        || type == Integer.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (type == long.class || type == Long.class || type == BigInteger.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (type == double.class || type == Double.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
    }
    if (type == float.class || type == Float.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER).format("float");
    }
    if (type == BigDecimal.class) {
      // A string, as JsonOutput writes it; "format: number" is what openapi-generator maps to
      // BigDecimal (Java), decimal.Decimal (Python) and so on.
      return string("number")
          .pattern("^-?\\d+(\\.\\d+)?$")
          .description(
              "A decimal as a string, exact at its stored scale (amounts in yuan: \"4999.00\");"
                  + " a JSON number is accepted too");
    }
    if (type == LocalDate.class) {
      return string("date");
    }
    if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
      return string("date-time");
    }
    if (type == LocalDateTime.class) {
      return string(null)
          .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
          .description("A local date and time, ISO-8601 without an offset");
    }
    if (type == LocalTime.class) {
      return string(null)
          .pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
          .description("A time of day, ISO-8601 (HH:mm:ss)");
    }
    if (type == YearMonth.class) {
      return string(null).pattern("^\\d{4}-\\d{2}$").example("2026-11").description("A month");
    }
    if (type == Duration.class) {
      return string(null).description("An ISO-8601 duration (PT2H)");
    }
    if (type == UUID.class) {
      return string("uuid");
    }
    if (type == URI.class) {
      return string("uri");
    }
    if (type == InputStream.class || type == Reader.class || type == byte[].class) {
      return string("binary");
    }
    if (type == Locale.class) {
      return string(null);
    }
    return null;
  }

  private static Schema string(String format) {
    Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
    return format == null ? schema : schema.format(format);
  }

  private static Schema array(Schema items) {
    return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
  }

  private static Schema free() {
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** The problem document and its field errors. */
  void problemSchemas() {
    Map<String, Schema> error = new LinkedHashMap<>();
    error.put("field", string(null).description("The input's name as the client sent it"));
    error.put("message", string(null).description("What is wrong with it"));
    components.put(
        "FieldError",
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description("One invalid input")
            .properties(error)
            .required(new ArrayList<>(List.of("field", "message"))));
    Map<String, Schema> problem = new LinkedHashMap<>();
    problem.put(
        "type",
        string("uri")
            .description("The kind of problem, e.g. https://storecrm.org/problems/invalid-input"));
    problem.put("title", string(null).description("The kind of problem in words"));
    problem.put("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"));
    problem.put("detail", string(null).description("This occurrence in words"));
    problem.put(
        "errors",
        array(OASFactory.createSchema().ref("FieldError"))
            .description("The invalid inputs, by their JSON names"));
    problem.put(
        "code",
        string(null).description("A refusal's stable message key, e.g. error.store.codeTaken"));
    problem.put(
        "id",
        OASFactory.createSchema()
            .type(SchemaType.INTEGER)
            .format("int64")
            .description("The existing record a duplicate conflicts with"));
    problem.put(
        "incident", string(null).description("A server error's id, also in the server log"));
    components.put(
        "Problem",
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description(
                "An RFC 9457 problem document; a refusal may carry more members than these")
            .properties(problem)
            .required(new ArrayList<>(List.of("type", "title", "status"))));
  }
}
