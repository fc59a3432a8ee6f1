package org.storecrm.platform;

/** A store as lists, cards and the API show it. */
public record StoreView(
    long id,
    String code,
    String name,
    String region,
    String city,
    String address,
    String phone,
    boolean active,
    long version) {}
