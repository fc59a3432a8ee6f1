package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.storecrm.platform.Languages;

/**
 * An edit of the card's details; {@code version} is the version that was read, so that of two edits
 * of one card the second is refused instead of overwriting the first. The phone, the classification
 * and the grade have their own operations.
 */
public record CustomerChanges(
    @NotBlank @Size(max = 100) String name,
    @NotNull CustomerType type,
    @NotNull RegionType region,
    @Size(max = 60) String city,
    @Size(max = 60) String county,
    @Past LocalDate birthday,
    boolean marketingConsent,
    @Size(max = 1000) String notes,
    Gender gender,
    @Size(max = 200) String address,
    Long referrerId,
    @Size(max = 3) List<@NotBlank @Size(max = 30) String> otherPhones,
    @NotNull Long version,
    @Pattern(regexp = CustomerCard.LANGUAGES, message = "zh_CN or en")
        @Schema(description = Languages.DESCRIPTION, example = "zh-CN")
        String language) {
  public CustomerChanges {
    language = Languages.normalize(language);
  }
}
