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
 * A customer registered at the counter, on the phone or through the API. {@code phoneType} may be
 * left out for a mobile; {@code storeId} only counts for head-office callers (staff register in
 * their own store); {@code consultantId} defaults to the registering consultant. A walk-in's or
 * caller's {@code purpose} and {@code outcome} go into the visit or phone-in register. {@code
 * language} (receipts and messages to the customer) defaults to {@code zh_CN}.
 */
public record NewCustomer(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 30) String phone,
    PhoneType phoneType,
    @NotNull CustomerType type,
    @NotNull SourceChannel source,
    @NotNull RegionType region,
    @Size(max = 60) String city,
    @Size(max = 60) String county,
    @Past LocalDate birthday,
    Long consultantId,
    Long storeId,
    boolean marketingConsent,
    @Size(max = 1000) String notes,
    @Size(max = 200) String purpose,
    @Size(max = 200) String outcome,
    Gender gender,
    @Size(max = 200) String address,
    Long referrerId,
    @Size(max = 3) List<@NotBlank @Size(max = 30) String> otherPhones,
    @Pattern(regexp = CustomerCard.LANGUAGES, message = "zh_CN or en")
        @Schema(description = Languages.DESCRIPTION, example = "zh-CN")
        String language) {
  public NewCustomer {
    language = Languages.normalize(language);
  }
}
