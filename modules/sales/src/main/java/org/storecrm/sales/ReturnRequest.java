package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Goods brought back: which lines and how many of each, and why (optional). */
public record ReturnRequest(
    @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, @Size(max = 200) String reason) {

  public record Line(@NotNull Long lineId, @NotNull @Min(1) @Max(999) Integer quantity) {}
}
