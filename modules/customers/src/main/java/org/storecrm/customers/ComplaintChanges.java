package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The owner's (or a manager's) edit of a complaint: its status, the resolution (required to
 * resolve) and, for managers, a new owner. {@code version} is the one the client read.
 */
public record ComplaintChanges(
    @NotNull ComplaintStatus status,
    @Size(max = 2000) String resolution,
    Long ownerId,
    @NotNull Long version) {}
