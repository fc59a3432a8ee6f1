package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;

/**
 * A VIP's kind and whether a manager has met them: {@code met} true records the calling manager and
 * now (only a manager may), false clears it, null leaves it. {@code version} is the profile's.
 */
public record VipProfileChange(VipKind kind, Boolean met, @NotNull Long version) {}
