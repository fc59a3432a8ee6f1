package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;

/**
 * Links a complaint logged without a card to the customer's card once there is one (registered
 * after the call, or found by the phone). {@code version} is the complaint's, as read.
 */
public record ComplaintCardLink(@NotNull Long customerId, @NotNull Long version) {}
