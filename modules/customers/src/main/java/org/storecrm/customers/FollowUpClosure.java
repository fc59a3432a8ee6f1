package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The manager closes an escalated follow-up with a reason. {@code version} is the task's. */
public record FollowUpClosure(@NotBlank @Size(max = 200) String reason, @NotNull Long version) {}
