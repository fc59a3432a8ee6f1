package org.storecrm.sales.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storecrm.platform.PageRequest;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Suggestion;

/**
 * The counter's basket ({@code #{counterPage.basket}}): products added by SKU or search (the
 * candidates when the text names several), quantities, discounts and serials, and the order lines
 * it makes. Held by {@link CounterPage}, which asks the checklist again when the basket changes.
 */
public class CounterBasket implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int CANDIDATES = 8;
  private static final String SERIAL_SEPARATORS = "[,;\\s]+";
  // A refusal's field in the order request, e.g. lines[1].serial.
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

  /** One line of the basket as the screen edits it. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ProductView product;
    private int quantity = 1;
    private BigDecimal discount;
    private String serial;

    Line(ProductView product) {
      this.product = product;
    }

    public ProductView getProduct() {
      return product;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getDiscount() {
      return discount;
    }

    public void setDiscount(BigDecimal discount) {
      this.discount = discount;
    }

    /** The serial(s) typed for the line, several separated by commas or spaces. */
    public String getSerial() {
      return serial;
    }

    public void setSerial(String serial) {
      this.serial = serial;
    }

    /** A device line names what it sells; a service line names the device(s) it covers. */
    public boolean isSerialBearing() {
      return product.category() != null
          && (product.category().isMainProduct() || product.category() == Category.SERVICE);
    }

    List<String> serials() {
      if (serial == null || serial.isBlank()) {
        return List.of();
      }
      return Arrays.stream(serial.strip().split(SERIAL_SEPARATORS))
          .filter(s -> !s.isBlank())
          .toList();
    }

    /** The line's amount as the screen estimates it; the order's own figures are authoritative. */
    public BigDecimal getAmount() {
      BigDecimal gross = product.price().multiply(BigDecimal.valueOf(Math.max(quantity, 0)));
      return discount == null ? gross : gross.subtract(discount);
    }
  }

  /** What a product search did. */
  enum Found {
    ADDED,
    NOTHING,
    CANDIDATES,
    NO_QUERY
  }

  private String productQuery;
  private List<ProductView> candidates = List.of();
  private final List<Line> lines = new ArrayList<>();

  /** Adds the product when the text names exactly one (or is its SKU); else lists candidates. */
  Found search(Catalogue catalogue) {
    candidates = List.of();
    if (productQuery == null || productQuery.isBlank()) {
      return Found.NO_QUERY;
    }
    List<ProductView> found =
        catalogue
            .find(
                new ProductFilter(null, productQuery, false),
                new PageRequest(0, CANDIDATES, Catalogue.RELEVANCE, true))
            .items();
    ProductView exact =
        found.stream()
            .filter(p -> p.sku().equalsIgnoreCase(productQuery.trim()))
            .findFirst()
            .orElse(found.size() == 1 ? found.get(0) : null);
    if (exact != null) {
      add(exact);
      return Found.ADDED;
    }
    if (found.isEmpty()) {
      return Found.NOTHING;
    }
    candidates = found;
    return Found.CANDIDATES;
  }

  /** Adds a listed candidate; false when it is not listed (any more). */
  boolean addCandidate(long productId) {
    ProductView picked =
        candidates.stream().filter(p -> p.id() == productId).findFirst().orElse(null);
    if (picked == null) {
      return false;
    }
    add(picked);
    return true;
  }

  /** One more of a product already in the basket, or a new line for it. */
  void add(ProductView product) {
    lines.stream()
        .filter(l -> l.product.id() == product.id())
        .findFirst()
        .ifPresentOrElse(l -> l.quantity++, () -> lines.add(new Line(product)));
    candidates = List.of();
    productQuery = null;
  }

  void remove(int index) {
    if (index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  boolean contains(Long productId) {
    return productId != null && lines.stream().anyMatch(l -> l.product.id() == productId);
  }

  List<Long> productIds() {
    return lines.stream().map(l -> l.product.id()).toList();
  }

  /** The basket line (from 1) holding a suggestion's product, 0 when none does. */
  public int lineOf(Suggestion suggestion) {
    for (int i = 0; i < lines.size(); i++) {
      if (suggestion.productId() != null && lines.get(i).product.id() == suggestion.productId()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The order's lines: a line's first serial is its serial, the others its further serials. */
  List<OrderLineInput> inputs() {
    return lines.stream()
        .map(
            l -> {
              List<String> serials = l.serials();
              return serials.isEmpty()
                  ? OrderLineInput.of(l.product.id(), l.quantity, null, l.discount)
                  : new OrderLineInput(
                      l.product.id(),
                      l.quantity,
                      null,
                      l.discount,
                      serials.get(0),
                      serials.subList(1, serials.size()));
            })
        .toList();
  }

  /**
   * The input of the basket row a refused field names: the serial field for the serial rules (and
   * for a plan refused for the devices in the basket, where the consultant acts), else the field's
   * own input in the row; null for a field outside the basket.
   */
  String lineInput(String field) {
    Matcher line = field == null ? null : LINE_FIELD.matcher(field);
    if (line == null || !line.matches()) {
      return null;
    }
    int row = Integer.parseInt(line.group(1));
    if (row >= lines.size()) {
      return null;
    }
    String input =
        switch (line.group(2)) {
          case "quantity", "discount" -> line.group(2);
          default -> lines.get(row).isSerialBearing() ? "serial" : null;
        };
    return input == null ? null : "counterForm:lines:" + row + ":" + input;
  }

  /** An empty basket for the next sale. */
  void clear() {
    productQuery = null;
    candidates = List.of();
    lines.clear();
  }

  /**
   * Whether the counter asks for serials: a service line (a plan) is in the basket, which names the
   * device it covers by serial, and that device's line names it too.
   */
  public boolean isSerialAsked() {
    return lines.stream().anyMatch(l -> l.product.category() == Category.SERVICE);
  }

  public BigDecimal getTotal() {
    return lines.stream().map(Line::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String getProductQuery() {
    return productQuery;
  }

  public void setProductQuery(String productQuery) {
    this.productQuery = productQuery;
  }

  public List<ProductView> getCandidates() {
    return candidates;
  }

  public List<Line> getLines() {
    return lines;
  }
}
