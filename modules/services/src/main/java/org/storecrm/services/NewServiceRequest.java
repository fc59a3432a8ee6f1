package org.storecrm.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.storecrm.customers.RegionType;

/**
 * A service request as registered at the counter or on the phone: for a customer or a business
 * account (exactly one of the two), a device, a region and the problem. {@code agreedAt} is the
 * time agreed with the client and may lie in the past; {@code registeredAt} defaults to now and may
 * lie in the past too (requests imported from the old system). {@code storeId} is for head office
 * only; store staff register in their own store.
 */
public record NewServiceRequest(
    Long customerId,
    Long accountId,
    @NotBlank @Size(max = 60) String deviceSerial,
    @NotNull RequestKind kind,
    @NotNull RegionType region,
    @NotBlank @Size(max = 2000) String problem,
    Instant agreedAt,
    @PastOrPresent Instant registeredAt,
    Long storeId) {}
