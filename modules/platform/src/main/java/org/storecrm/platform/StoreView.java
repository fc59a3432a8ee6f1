package org.storecrm.platform;

/**
 * A store as lists, cards and the API show it; {@code nameZh} and {@code addressZh} are the Chinese
 * forms, when the store has them.
 */
public record StoreView(
    long id,
    String code,
    String name,
    String nameZh,
    String region,
    String city,
    String address,
    String addressZh,
    String phone,
    boolean active,
    long version) {

  /** The name in this language: the Chinese one for Chinese when there is one. */
  public String nameIn(java.util.Locale locale) {
    return Languages.pick(locale, name, nameZh);
  }

  /** The address in this language: the Chinese one for Chinese when there is one. */
  public String addressIn(java.util.Locale locale) {
    return Languages.pick(locale, address, addressZh);
  }
}
