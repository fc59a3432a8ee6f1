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
 * An account's edit: every field but its source and store, with the {@code version} read (a stale
 * one is refused). The payment-terms limits and the account-manager rule are those of a new
 * account.
 */
public record AccountChanges(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 60) String industry,
    @Min(1) @Max(1_000_000) Integer employees,
    @NotNull AccountStatus status,
    Long accountManagerId,
    @NotNull @Min(0) @Max(365) Integer paymentTermDays,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal creditLimit,
    @Size(max = 20) List<@NotNull @Valid ContactPerson> contacts,
    @NotNull Long version) {

  public AccountChanges {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
