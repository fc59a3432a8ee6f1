package org.storecrm.sales.internal.catalogue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.RowError;

/**
 * The catalogue's CSV format, shared by the export and the import so that an exported file imports
 * unchanged: the columns, a product as a row, and a file read back into checked rows.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) are written behind an apostrophe, which the import takes off again.
 */
public final class ProductCsv {
  static final String SKU = "sku";
  static final String CATEGORY = "category";
  static final String NAME_EN = "name_en";
  static final String NAME_ZH = "name_zh";
  static final String BRAND = "brand";
  static final String PRICE = "price";
  static final String COST = "cost";
  static final String PRICING_ROLE = "pricing_role";
  static final String PHASE = "phase";
  static final String LAUNCH_DATE = "launch_date";
  static final String TRAFFIC_LIMIT = "traffic_limit";
  static final String ACTIVE = "active";
  static final String ON_HAND = "on_hand";

  static final List<String> COLUMNS =
      List.of(
          SKU,
          CATEGORY,
          NAME_EN,
          NAME_ZH,
          BRAND,
          PRICE,
          COST,
          PRICING_ROLE,
          PHASE,
          LAUNCH_DATE,
          TRAFFIC_LIMIT,
          ACTIVE,
          ON_HAND);

  /** Every row needs these; a file may leave the other columns out (they keep their values). */
  static final Set<String> REQUIRED =
      Set.of(SKU, CATEGORY, NAME_EN, PRICE, COST, PRICING_ROLE, PHASE);

  private static final Pattern SKU_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
  private static final Pattern NEGATIVE_AMOUNT = Pattern.compile("-\\s*\\d+(\\.\\d+)?");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));
  private static final String BUNDLE = "org.storecrm.sales.messages";

  private ProductCsv() {}

  // --- writing ----------------------------------------------------------------------------------

  /** A product as a row; {@code onHand} of the caller's store, null when there is none to show. */
  static List<String> fields(ProductView product) {
    return Arrays.asList(
        product.sku(),
        product.category().name(),
        guarded(product.name()),
        guarded(product.nameZh()),
        guarded(product.brand()),
        product.price().setScale(2).toPlainString(),
        product.cost().setScale(2).toPlainString(),
        product.pricingRole().name(),
        product.phase().name(),
        product.launchedOn() == null ? "" : product.launchedOn().toString(),
        product.trafficLimit() == null ? "" : product.trafficLimit().toString(),
        Boolean.toString(product.active()),
        product.onHand() == null || !product.category().isStocked()
            ? ""
            : product.onHand().toString());
  }

  static String guarded(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String unguarded(String text) {
    return text.length() > 1
            && text.charAt(0) == '\''
            && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
        ? text.substring(1)
        : text;
  }

  // --- reading ----------------------------------------------------------------------------------

  /**
   * A checked product row. Optional values are null when empty; {@code columns} are the columns the
   * file has (a column left out keeps the product's value).
   */
  public record Row(
      int row,
      String sku,
      String name,
      String nameZh,
      String brand,
      Category category,
      BigDecimal price,
      BigDecimal cost,
      PricingRole pricingRole,
      LifecyclePhase phase,
      LocalDate launchedOn,
      Integer trafficLimit,
      Boolean active,
      Integer onHand) {}

  /** The rows without a fault, every fault, and the columns the header named. */
  public record Result(List<Row> rows, List<RowError> errors, Set<String> columns, int dataRows) {
    boolean has(String column) {
      return columns.contains(column);
    }
  }

  /**
   * Reads and checks a whole file. A fault of the header stops there; otherwise every row is
   * checked, so that one pass lists every fault.
   *
   * @param maxRows the most product rows a file may have
   * @param storeStock whether the caller has a store whose stock {@code on_hand} counts
   */
  public static Result read(String text, int maxRows, boolean storeStock) {
    List<Csv.Record> records;
    try {
      records = Csv.read(text);
    } catch (Csv.SyntaxException e) {
      return failed(error(e.record(), null, e.code(), null));
    }
    List<Csv.Record> lines = records.stream().filter(r -> !r.blank()).toList();
    if (lines.isEmpty()) {
      return failed(error(1, null, "sales.import.empty", null));
    }
    Csv.Record header = lines.get(0);
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() && i == header.fields().size() - 1) {
        continue; // a trailing comma
      }
      if (!COLUMNS.contains(name)) {
        errors.add(error(header.number(), name, "sales.import.unknownColumn", name, name));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(error(header.number(), name, "sales.import.duplicateColumn", name, name));
      }
    }
    for (String column : COLUMNS) {
      if (REQUIRED.contains(column) && !index.containsKey(column)) {
        errors.add(error(header.number(), column, "sales.import.missingColumn", null, column));
      }
    }
    if (!errors.isEmpty()) {
      return new Result(List.of(), errors, index.keySet(), 0);
    }
    List<Csv.Record> data = lines.subList(1, lines.size());
    if (data.isEmpty()) {
      return failed(error(header.number(), null, "sales.import.empty", null));
    }
    if (data.size() > maxRows) {
      return failed(
          error(
              data.get(maxRows).number(),
              null,
              "sales.import.tooManyRows",
              null,
              String.valueOf(maxRows)));
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> skus = new HashMap<>();
    for (Csv.Record record : data) {
      RowReader reader = new RowReader(record, index, errors, storeStock);
      Row row = reader.read();
      String sku = reader.sku;
      Integer first = sku == null ? null : skus.putIfAbsent(sku, record.number());
      if (first != null) {
        errors.add(
            error(
                record.number(),
                SKU,
                "sales.import.duplicateSku",
                sku,
                sku,
                String.valueOf(first)));
      } else if (row != null) {
        rows.add(row);
      }
    }
    return new Result(rows, errors, Set.copyOf(index.keySet()), data.size());
  }

  private static Result failed(RowError error) {
    return new Result(List.of(), List.of(error), Set.of(), 0);
  }

  /** Checks the cells of one record; a cell's fault goes to the list and spoils the row. */
  private static final class RowReader {
    private final Csv.Record record;
    private final Map<String, Integer> index;
    private final List<RowError> errors;
    private final boolean storeStock;
    private boolean faulty;

    /** The row's SKU in capitals once read, if it has a well-formed one. */
    String sku;

    RowReader(
        Csv.Record record, Map<String, Integer> index, List<RowError> errors, boolean storeStock) {
      this.record = record;
      this.index = index;
      this.errors = errors;
      this.storeStock = storeStock;
    }

    Row read() {
      List<String> fields = record.fields();
      int width = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      // Trailing empty cells beyond the header are harmless (spreadsheets add them); values are
      // not.
      for (int i = width; i < fields.size(); i++) {
        if (!fields.get(i).isBlank()) {
          fail(
              null,
              "sales.import.fieldCount",
              null,
              String.valueOf(fields.size()),
              String.valueOf(width));
          return null;
        }
      }
      sku = sku();
      Category category = choice(CATEGORY, Category.class, "sales.import.unknownCategory");
      String name = text(NAME_EN, 120, true);
      String nameZh = text(NAME_ZH, 120, false);
      String brand = text(BRAND, 60, false);
      BigDecimal price = amount(PRICE);
      BigDecimal cost = amount(COST);
      PricingRole role = choice(PRICING_ROLE, PricingRole.class, "sales.import.unknownRole");
      LifecyclePhase phase = choice(PHASE, LifecyclePhase.class, "sales.import.unknownPhase");
      LocalDate launchedOn = date(LAUNCH_DATE);
      Integer trafficLimit = count(TRAFFIC_LIMIT, 1);
      if (trafficLimit != null && role != null && role != PricingRole.TRAFFIC) {
        fail(TRAFFIC_LIMIT, "sales.import.trafficOnly", cell(TRAFFIC_LIMIT));
      }
      Boolean active = flag(ACTIVE);
      Integer onHand = count(ON_HAND, 0);
      if (onHand != null && !storeStock) {
        fail(ON_HAND, "sales.import.headOfficeStock", cell(ON_HAND));
      } else if (onHand != null && category != null && !category.isStocked()) {
        fail(ON_HAND, "sales.import.notStocked", cell(ON_HAND));
      }
      return faulty
          ? null
          : new Row(
              record.number(),
              sku,
              name,
              nameZh,
              brand,
              category,
              price,
              cost,
              role,
              phase,
              launchedOn,
              trafficLimit,
              active,
              onHand);
    }

    /** The trimmed cell of a column, "" when the file has no such column or the row ends early. */
    private String cell(String column) {
      Integer at = index.get(column);
      return at == null || at >= record.fields().size() ? "" : record.fields().get(at).trim();
    }

    private boolean required(String column, String value) {
      if (value.isEmpty()) {
        fail(column, "sales.import.required", null, column);
        return false;
      }
      return true;
    }

    private String sku() {
      String value = cell(SKU);
      if (!required(SKU, value)) {
        return null;
      }
      if (value.length() > 40) {
        fail(SKU, "sales.import.tooLong", value, "40");
        return null;
      }
      if (!SKU_FORMAT.matcher(value).matches()) {
        fail(SKU, "sales.import.badSku", value, value);
        return null;
      }
      return value.toUpperCase(Locale.ROOT);
    }

    private String text(String column, int max, boolean required) {
      String value = unguarded(cell(column));
      if (required && !required(column, value)) {
        return null;
      }
      if (value.length() > max) {
        fail(column, "sales.import.tooLong", value, String.valueOf(max));
      }
      return value.isEmpty() ? null : value;
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type, String code) {
      String value = cell(column);
      if (!required(column, value)) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        String choices =
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        fail(column, code, value, value, choices);
        return null;
      }
    }

    private BigDecimal amount(String column) {
      String value = cell(column);
      if (!required(column, value)) {
        return null;
      }
      if (NEGATIVE_AMOUNT.matcher(value).matches()) {
        fail(column, "sales.import.negative", value, value);
        return null;
      }
      if (!AMOUNT.matcher(value).matches()) {
        fail(column, "sales.import.badAmount", value, value);
        return null;
      }
      return new BigDecimal(value).setScale(2);
    }

    private LocalDate date(String column) {
      String value = cell(column);
      if (value.isEmpty()) {
        return null;
      }
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(value, format);
        } catch (DateTimeParseException next) {
          // try the next format
        }
      }
      fail(column, "sales.import.badDate", value, value);
      return null;
    }

    private Integer count(String column, int min) {
      String value = cell(column);
      if (value.isEmpty()) {
        return null;
      }
      if (!COUNT.matcher(value).matches() || Integer.parseInt(value) < min) {
        fail(column, "sales.import.badCount", value, value, String.valueOf(min));
        return null;
      }
      return Integer.valueOf(value);
    }

    private Boolean flag(String column) {
      String value = cell(column).toLowerCase(Locale.ROOT);
      return switch (value) {
        case "" -> null;
        case "true", "yes", "1" -> Boolean.TRUE;
        case "false", "no", "0" -> Boolean.FALSE;
        default -> {
          fail(column, "sales.import.badFlag", cell(column), cell(column));
          yield null;
        }
      };
    }

    private void fail(String column, String code, String value, String... arguments) {
      faulty = true;
      errors.add(error(record.number(), column, code, value, arguments));
    }
  }

  static RowError error(int row, String column, String code, String value, String... arguments) {
    return new RowError(row, column, code, value, List.of(arguments), english(code, arguments));
  }

  /** The message in English, from the sales bundle's base file (which is English). */
  static String english(String code, String... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            ProductCsv.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = bundle.containsKey(code) ? bundle.getString(code) : code;
    return new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }
}
