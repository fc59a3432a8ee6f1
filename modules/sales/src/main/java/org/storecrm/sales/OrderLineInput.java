package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a new order. {@code unitPrice} defaults to the list price (a lower one counts as a
 * discount); {@code discount} is an amount off the whole line. {@code serial} names the device the
 * line sells or, on a service plan's line, the device the plan covers; {@code serials} names
 * several (a business plan covering up to its device limit). Which lines need one is decided by the
 * modules that care (services, for the plans it sells).
 */
public record OrderLineInput(
    @NotNull Long productId,
    @NotNull @Min(1) @Max(999) Integer quantity,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal discount,
    @Size(max = 40) @Pattern(regexp = SERIAL, message = "{order.serial.pattern}") String serial,
    @Size(max = 20)
        List<
                @NotNull @Size(min = 1, max = 40)
                @Pattern(regexp = SERIAL, message = "{order.serial.pattern}") String>
            serials) {

  /** Letters, digits and the separators makers print on their labels. */
  public static final String SERIAL = "[A-Za-z0-9][A-Za-z0-9./_-]*";

  public OrderLineInput {
    serials = serials == null ? List.of() : List.copyOf(serials);
  }

  /** A line without serials. */
  public static OrderLineInput of(
      long productId, int quantity, BigDecimal unitPrice, BigDecimal discount) {
    return new OrderLineInput(productId, quantity, unitPrice, discount, null, null);
  }

  /** {@code serial} followed by {@code serials}, each once, in the order given. */
  public List<String> allSerials() {
    List<String> all = new ArrayList<>();
    if (serial != null && !serial.isBlank()) {
      all.add(serial.strip());
    }
    for (String each : serials) {
      if (!all.contains(each.strip())) {
        all.add(each.strip());
      }
    }
    return List.copyOf(all);
  }
}
