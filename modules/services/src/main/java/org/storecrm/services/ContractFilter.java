package org.storecrm.services;

import jakarta.validation.constraints.Size;

/**
 * Which contracts to list (every criterion optional): with {@code serial} only those covering that
 * device today.
 */
public record ContractFilter(@Size(max = 60) String serial, Long customerId, Long accountId) {}
