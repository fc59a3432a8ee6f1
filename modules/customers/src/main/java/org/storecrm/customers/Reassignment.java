package org.storecrm.customers;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Hands customers, with their open follow-ups, to another consultant of the store. */
public record Reassignment(
    @NotEmpty @Size(max = 500) List<@NotNull Long> customerIds, @NotNull Long consultantId) {}
