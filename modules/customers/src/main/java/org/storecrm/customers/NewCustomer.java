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

  /**
   * A registration with what every customer has, the rest to be added by name: {@code
   * NewCustomer.builder(name, phone, PERSON, WALK_IN, CITY).gender(MALE).build()}.
   */
  public static Builder builder(
      String name, String phone, CustomerType type, SourceChannel source, RegionType region) {
    return new Builder(name, phone, type, source, region);
  }

  /** The optional parts of a registration; what is not set stays empty (null, or false). */
  public static final class Builder {
    private final String name;
    private final String phone;
    private final CustomerType type;
    private final SourceChannel source;
    private final RegionType region;
    private PhoneType phoneType;
    private String city;
    private String county;
    private LocalDate birthday;
    private Long consultantId;
    private Long storeId;
    private boolean marketingConsent;
    private String notes;
    private String purpose;
    private String outcome;
    private Gender gender;
    private String address;
    private Long referrerId;
    private List<String> otherPhones;
    private String language;

    private Builder(
        String name, String phone, CustomerType type, SourceChannel source, RegionType region) {
      this.name = name;
      this.phone = phone;
      this.type = type;
      this.source = source;
      this.region = region;
    }

    public Builder phoneType(PhoneType phoneType) {
      this.phoneType = phoneType;
      return this;
    }

    public Builder city(String city) {
      this.city = city;
      return this;
    }

    public Builder county(String county) {
      this.county = county;
      return this;
    }

    public Builder birthday(LocalDate birthday) {
      this.birthday = birthday;
      return this;
    }

    public Builder consultantId(Long consultantId) {
      this.consultantId = consultantId;
      return this;
    }

    public Builder storeId(Long storeId) {
      this.storeId = storeId;
      return this;
    }

    public Builder marketingConsent(boolean marketingConsent) {
      this.marketingConsent = marketingConsent;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /** What the walk-in or caller came for (the visit or phone-in register). */
    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    /** How the visit or call ended (the visit or phone-in register). */
    public Builder outcome(String outcome) {
      this.outcome = outcome;
      return this;
    }

    public Builder gender(Gender gender) {
      this.gender = gender;
      return this;
    }

    public Builder address(String address) {
      this.address = address;
      return this;
    }

    public Builder referrerId(Long referrerId) {
      this.referrerId = referrerId;
      return this;
    }

    public Builder otherPhones(List<String> otherPhones) {
      this.otherPhones = otherPhones;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public NewCustomer build() {
      return new NewCustomer(
          name,
          phone,
          phoneType,
          type,
          source,
          region,
          city,
          county,
          birthday,
          consultantId,
          storeId,
          marketingConsent,
          notes,
          purpose,
          outcome,
          gender,
          address,
          referrerId,
          otherPhones,
          language);
    }
  }
}
