package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sale at the counter. {@code customerId} null sells anonymously; {@code soldAt} may be in the
 * past (history imports), default now; {@code storeId} only counts for head-office callers.
 */
public record NewOrder(
    Long customerId,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid OrderLineInput> lines,
    @Size(max = 200) List<@NotNull @Valid ChecklistAnswer> checklist,
    @NotNull Payment payment,
    Long accountId,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal deposit,
    @PastOrPresent Instant soldAt,
    Long storeId,
    @Valid ManagerApproval managerApproval) {

  public NewOrder {
    checklist = checklist == null ? List.of() : checklist;
  }
}
