package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Promotes a potential customer to base once the base criteria of docs/domain.md hold ("Base, VIP
 * and lost customers").
 */
public record BasePromotion(@NotNull BaseKind kind, @NotBlank @Size(max = 200) String reason) {}
