package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A classification decision that needs its reason on record (VIP grant, base promotion). */
public record StatusChange(@NotBlank @Size(max = 200) String reason) {}
