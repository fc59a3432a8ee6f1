package org.storecrm.customers;

/** An entry of the maintained list of lost-sale reasons. */
public record LostReason(long id, String code, String nameEn, String nameZh, boolean active) {

  /** The name in the reader's language (Chinese for any zh locale). */
  public String name(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
