package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewLostReason(
    @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
    @NotBlank @Size(max = 80) String nameEn,
    @NotBlank @Size(max = 80) String nameZh) {}
