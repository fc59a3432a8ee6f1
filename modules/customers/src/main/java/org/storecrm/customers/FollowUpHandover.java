package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The manager hands an escalated follow-up to an active consultant of the store, due at {@code
 * dueAt} (default: now). {@code version} is the task's, as read.
 */
public record FollowUpHandover(@NotNull Long consultantId, Instant dueAt, @NotNull Long version) {}
