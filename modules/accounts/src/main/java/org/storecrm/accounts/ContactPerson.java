package org.storecrm.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person of the client's company.
 *
 * @param decides the person who decides on purchases (one of the five needs questions)
 */
public record ContactPerson(
    @NotBlank @Size(max = 80) String name,
    @Size(max = 80) String title,
    @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
    boolean decides) {}
