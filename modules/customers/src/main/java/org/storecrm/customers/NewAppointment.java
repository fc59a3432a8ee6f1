package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Books a store visit (邀约); a confirmation call is due the day before. */
public record NewAppointment(
    @NotNull Instant startsAt, @NotBlank @Size(max = 200) String purpose) {}
