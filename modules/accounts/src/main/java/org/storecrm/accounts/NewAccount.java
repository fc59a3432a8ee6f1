package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new business-client account. {@code paymentTermDays} is at most the business-account limit with
 * an account manager, and the store-credit limit without one (both settings); {@code creditLimit}
 * null means no amount limit; {@code storeId} counts for head-office callers only.
 */
public record NewAccount(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 60) String industry,
    @Min(1) @Max(1_000_000) Integer employees,
    @NotNull AccountStatus status,
    @NotNull AccountSource source,
    Long accountManagerId,
    @NotNull @Min(0) @Max(365) Integer paymentTermDays,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal creditLimit,
    Long storeId,
    @Size(max = 20) List<@NotNull @Valid ContactPerson> contacts) {

  public NewAccount {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
