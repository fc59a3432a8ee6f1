package org.storecrm.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer card (顾客信息卡) as the card screen and the API show it.
 *
 * @param promotableToBase a potential customer who meets the base criteria: offer the promotion
 * @param language the customer's preferred language, {@code zh_CN} or {@code en}
 * @param tier the membership tier's key (e.g. {@code GOLD}, {@code storecrm.customers.tier.names})
 */
public record CustomerCard(
    long id,
    long storeId,
    String name,
    String phone,
    PhoneType phoneType,
    CustomerType type,
    SourceChannel source,
    RegionType region,
    String city,
    String county,
    LocalDate birthday,
    Long consultantId,
    Classification classification,
    BaseKind baseKind,
    IntentGrade grade,
    Instant nextFollowUpDue,
    Instant lastContactAt,
    boolean marketingConsent,
    Instant consentAt,
    String notes,
    Instant registeredAt,
    Gender gender,
    String address,
    Long referrerId,
    List<String> otherPhones,
    boolean promotableToBase,
    long version,
    String language,
    String tier) {
  /** The languages a customer may prefer: Simplified Chinese (the default) or English. */
  public static final String LANGUAGES = "zh_CN|en";

  public static final String DEFAULT_LANGUAGE = "zh_CN";

  /** The customer's language as a locale (receipts). */
  public java.util.Locale locale() {
    return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
  }
}
