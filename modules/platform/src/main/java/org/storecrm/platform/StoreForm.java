package org.storecrm.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What is entered to create or edit a store; {@code nameZh} and {@code addressZh} are the Chinese
 * forms, shown to Chinese users and on Chinese receipts (optional). {@code version} is the version
 * that was read; it is ignored on create and required on edit.
 */
public record StoreForm(
    @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9_-]+", message = "{store.code.pattern}")
        String code,
    @NotBlank @Size(max = 100) String name,
    @Size(max = 100) String nameZh,
    @NotBlank @Size(max = 60) String region,
    @NotBlank @Size(max = 60) String city,
    @Size(max = 200) String address,
    @Size(max = 200) String addressZh,
    @Size(max = 30) String phone,
    boolean active,
    Long version) {}
