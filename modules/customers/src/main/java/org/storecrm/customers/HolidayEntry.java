package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A holiday as the admin enters it. {@code version} is the one read, required to change a holiday
 * (a stale one is refused) and ignored when adding one.
 */
public record HolidayEntry(
    @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String nameKey,
    @NotNull LocalDate date,
    Long version) {}
