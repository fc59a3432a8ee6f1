package org.storecrm.services;

import jakarta.validation.constraints.Size;

/** Which plan offers to list (every criterion optional). */
public record PlanOfferFilter(
    Long customerId, @Size(max = 60) String serial, Long orderId, PlanOfferStatus status) {}
